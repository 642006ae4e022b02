/**
 * A noun naming a work right before a quoted stretch, with an optional comma: "his new book,", "the reality TV show".
 * What follows is the work's title. "a spot titled “Dangerous”" is left a quote: PolNeAR marks such naming as
 * attribution (on train, 4 of 7 titles after "titled"/"called" were gold content).
 */
const WORK_BEFORE =
  /\b(?:book|memoir|novel|biography|autobiography|film|movie|documentary|show|sitcom|series|podcast|program|programme|album|song|play|musical|opera|article|essay|column|op-ed|ad|advert|spot|video|website|blog|newsletter|magazine),?\s*$/iu;
/** How far back from the opening mark the work noun is looked for. */
const LOOK_BACK = 48;
/** Words a title leaves in lower case: "Doomed to Succeed", "The Art of the Deal". */
const SMALL_WORDS = new Set([
  "a",
  "an",
  "the",
  "of",
  "and",
  "or",
  "in",
  "on",
  "to",
  "for",
  "with",
  "at",
  "by",
  "from",
  "as",
  "is",
  "are",
]);

/**
 * Whether the quoted stretch opening at `open` (its first `words`) is the title of a work: a work noun stands right
 * before it ("In his new book, ''Doomed to Succeed,''", "the reality show “The Apprentice”") and its words are in
 * title case. Such a title is nobody's words and must not take the sentence's cue ("Mr. Ross said in his book
 * “…” that Mr. Obama…" is Ross's indirect quote). A quoted clause after "book" ("his book “is a lie,” he said") is
 * not in title case and stays a quote.
 *
 * @example isTitleOfWork("Rubio said in his 2012 book, “An American Son.”", 35, ["An", "American", "Son"]) // true
 */
export function isTitleOfWork(text: string, open: number, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const before = text.slice(Math.max(0, open - LOOK_BACK), open);
  if (!WORK_BEFORE.test(before)) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && SMALL_WORDS.has(w.toLowerCase())));
}
