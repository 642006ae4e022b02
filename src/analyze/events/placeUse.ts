import type { Word } from "./tokenizeSentence.js";
import { closedClass, notNames, officeModifiers, possessive, startsCapital } from "./slotWords.js";

/**
 * Words that make the name after them a modifier when a noun follows: "the Benghazi attacks", "a Gaza truce". Not
 * "that" and "her", which also open a clause or end one ("warned that Gaza faces famine", "told her Gaza was next").
 */
const determiners = new Set([
  "the",
  "a",
  "an",
  "this",
  "these",
  "those",
  "its",
  "their",
  "his",
  "our",
  "your",
  "my",
  "whose",
  "every",
  "each",
  "another",
]);
/**
 * Words that continue a place's own name or say what kind of place it is ("New York City", "St. Louis County", "the
 * Darfur region", "Cotabato provinces"): the place runs on over them.
 */
const placeNameParts = new Set([
  "city",
  "county",
  "province",
  "provinces",
  "state",
  "region",
  "district",
  "parish",
  "governorate",
  "area",
  "peninsula",
  "valley",
  "strip",
  "territory",
  "territories",
]);
/**
 * Bodies and offices of a place that the place stands for before them ("the Massachusetts Legislature", "Alabama's
 * governor", "Chicago's city council"), unless a person's name follows ("Texas Governor Rick Perry").
 */
const placeOrgans = new Set([
  "legislature",
  "legislatures",
  "court",
  "courts",
  "council",
  "assembly",
  "senate",
  "house",
  "statehouse",
  "governor",
  "mayor",
  "delegation",
  "electorate",
  "voters",
]);
/** How many capitalised words (titles, party words) may stand between a place and the person it introduces. */
const maxTitleWords = 3;

/** What `placeUse` needs to know about the sentence and the mention. */
export interface PlaceUseContext {
  /** The event dictionary's agent nouns ("rebels" → rebels). */
  agents: ReadonlyMap<string, string>;
  /** Whether a person's mention starts at word k. */
  personAt: (k: number) => boolean;
  /** Where the mention ends in the text: before the end of its last word in "Indiana-based". */
  end: number;
  /** A capital or seat of power standing for its state ("Cairo"), not a place named as such. */
  metonym: boolean;
}

/** Determiners that make a capital's name a modifier: definite ones ("the Cairo meeting"), not "a" ("a White House aide"). */
const definiteDeterminers = new Set(["the", "these", "those", possessive]);
/**
 * Head words of an institution named after a capital ("Baghdad University Medical School"): the capital's state
 * stands for it, as a state's name does for "the U.S. Geological Survey".
 */
const institutionHeads = new Set([
  "university",
  "school",
  "college",
  "hospital",
  "institute",
  "ministry",
  "council",
  "court",
  "bank",
  "academy",
  "agency",
  "authority",
  "commission",
]);
/** How many capitalised words after a capital are looked over for an institution's head word. */
const maxNameWords = 4;

/**
 * How a place or capital mention at words [first, stop) takes part: null when it acts (or stands for an agent or
 * organ of its own), "setting" when it modifies a noun or name after it ("the Benghazi attacks", "the St. Louis
 * suburb", "Missouri Republican senators", "Indiana-based companies", "the Beijing Olympics"), "constituency" when it
 * introduces a person who acts ("Arizona's John McCain", "Arizona Sen. John McCain"). A place before an agent noun is
 * that agent's ("Darfur rebels", "Gaza health authorities"); before an organ of its own it stands for it ("the
 * Massachusetts Legislature"). A capital standing for its state modifies the same way ("The Cairo meeting", "a
 * Kremlin-backed lawyer") but keeps acting after "a", when it opens a clause ("Washington said") and for an
 * institution named after it. A state's own name is never asked: it may act through a noun ("U.S. strikes").
 *
 * @example placeUse(text, words("the Benghazi attacks"), 1, 2, context) // "setting"
 * @example placeUse(text, words("Arizona's John McCain said"), 0, 1, context) // "constituency"
 * @example placeUse(text, words("Israel struck Gaza overnight"), 2, 3, context) // null
 */
export function placeUse(
  text: string,
  words: readonly Word[],
  first: number,
  stop: number,
  context: PlaceUseContext,
): "setting" | "constituency" | null {
  const { agents, personAt, end, metonym } = context;
  // "Indiana-based companies", "a Kremlin-backed lawyer": a place inside a compound word modifies.
  if (end < ((words[stop - 1] as Word | undefined)?.end ?? 0) && text[end] === "-") return "setting";
  let next = stop;
  while (next < words.length && placeNameParts.has((words[next] as Word).norm)) next++;
  const word = words[next];
  if (!word || agents.has(word.norm)) return null;
  // "Gaza health authorities", "the Iraqi security forces": an office word before an agent.
  if (officeModifiers.has(word.norm) && agents.has(words[next + 1]?.norm ?? "")) return null;
  // "Arizona's John McCain", "Arizona Sen. John McCain", "Cordova Mayor Adelino Sitoy": the person acts.
  if (personAfter(text, words, word.norm === possessive ? next + 1 : next, personAt)) return "constituency";
  if (placeOrgans.has(word.norm) || word.norm === possessive) return null;
  // "Missouri Republican senators", "the Beijing Olympics": the place begins or modifies a name.
  if (startsCapital(text, word)) {
    if (notNames.has(word.norm)) return null;
    return metonym && namesInstitution(text, words, next) ? null : "setting";
  }
  if (!/^[a-z]/.test(word.norm) || closedClass.has(word.norm)) return null;
  const before = words[first - 1]?.norm ?? "";
  // "the Benghazi attacks", "the president's Asia trip": after a determiner and before a common noun, a modifier.
  if (!metonym) return determiners.has(before) || before === possessive ? "setting" : null;
  // A capital's one-word name after "the" and before a noun ("the Cairo meeting"). A seat's article is part of its
  // mention ("the Kremlin"), so "that the Kremlin denied" is not asked.
  return definiteDeterminers.has(before) && stop - first === 1 ? "setting" : null;
}

/** Whether the capitalised words from `at` end in an institution's head word: "University Medical School". */
function namesInstitution(text: string, words: readonly Word[], at: number): boolean {
  for (let k = at; k < Math.min(words.length, at + maxNameWords) && startsCapital(text, words[k]); k++) {
    if (institutionHeads.has((words[k] as Word).norm)) return true;
  }
  return false;
}

/** Whether a person's mention starts at word `at` or after up to three capitalised title words from there. */
function personAfter(text: string, words: readonly Word[], at: number, personAt: (k: number) => boolean): boolean {
  for (let k = at; k < Math.min(words.length, at + maxTitleWords + 1); k++) {
    if (personAt(k)) return true;
    if (!startsCapital(text, words[k])) return false;
  }
  return false;
}
