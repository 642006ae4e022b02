/** The articles "the", "a", "an": before a noun they make what follows a noun phrase ("the Fox News host"). */
export const articleWords: ReadonlySet<string> = new Set(["the", "a", "an"]);
