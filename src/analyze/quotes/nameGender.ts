import { firstNames } from "../actors/firstNames.js";
import { englishWords } from "../../ingest/clean/dictionary.js";

/** The pronoun a person takes, when the name or title tells it. */
export type Gender = "he" | "she";

/**
 * Given names the English lists mark both ways (or leave out) that news uses, all but always, for one sex:
 * "Hillary", "Bill", "George", "Ted" are in both @stdlib lists; "Donald" in neither.
 */
const USUAL: ReadonlyMap<string, Gender> = new Map([
  ["Bill", "he"],
  ["George", "he"],
  ["Ted", "he"],
  ["Tim", "he"],
  ["Bernie", "he"],
  ["Donald", "he"],
  ["Sean", "he"],
  ["Barack", "he"],
  ["Mitt", "he"],
  ["Jeb", "he"],
  ["Newt", "he"],
  ["Hillary", "she"],
  ["Carly", "she"],
]);

/** Whether `word` ("Loretta", "Bill") is an English given name. */
export function isGivenName(word: string): boolean {
  const { female, male } = firstNames();
  return USUAL.has(word) || female.has(word) || male.has(word);
}

/** Whether `word` in lower case is an English dictionary word ("city", "court", "trump"). */
export function isCommonWord(word: string): boolean {
  // The English word list (2.8 MB) is read only when names are read by their shape, with no actors stage.
  return englishWords().has(word.toLowerCase());
}

/**
 * The pronoun a given name takes: "he" for "Donald", "she" for "Loretta", null for a name both lists hold ("Jordan")
 * or neither ("Kofi").
 *
 * @example givenNameGender("Hillary") // "she"
 */
export function givenNameGender(word: string): Gender | null {
  const usual = USUAL.get(word);
  if (usual !== undefined) return usual;
  const { female, male } = firstNames();
  const f = female.has(word);
  const m = male.has(word);
  return f === m ? null : f ? "she" : "he";
}
