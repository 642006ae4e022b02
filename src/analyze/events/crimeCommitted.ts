import { cameoRoot } from "./cameoCodes.js";
import type { PatternMatch } from "./matchPatterns.js";
import type { Word } from "./tokenizeSentence.js";
import type { VerbGroup } from "./verbGroup.js";

/** Nouns of wrongdoing that one commits, which is no commitment: "committed fraud", "conspiracy to commit offenses". */
const wrongNouns = new Set([
  "crime",
  "crimes",
  "offense",
  "offenses",
  "offence",
  "offences",
  "fraud",
  "murder",
  "murders",
  "killings",
  "suicide",
  "atrocities",
  "atrocity",
  "abuses",
  "violations",
  "perjury",
  "treason",
  "terrorism",
  "acts",
  "act",
  "errors",
  "mistakes",
  "sins",
  "felony",
  "felonies",
  "misconduct",
  "genocide",
  "massacres",
  "assault",
  "rape",
  "theft",
  "burglary",
  "violence",
]);
/** Words of the object read for its noun: "committed a series of war crimes". */
const maxObjectWords = 5;

/**
 * Whether "commit" (coded as an intent, 03) commits a wrong, not the actor to a course: "killings … are committed
 * with handguns" (a passive "committed" is a deed), "conspiracy to commit offenses against the United States",
 * "committed war crimes". "Israel committed to a ceasefire" and "Egypt committed troops" stay intents.
 *
 * @example crimeCommitted(words("charged with conspiracy to commit offenses"), match at "commit", group, "030") // → true
 */
export function crimeCommitted(words: readonly Word[], match: PatternMatch, group: VerbGroup, code: string): boolean {
  if (match.form.lemma !== "commit" || cameoRoot(code) !== "03") return false;
  if (group.passive && words[match.head + 1]?.norm !== "to") return true;
  for (let k = match.head + 1; k < words.length && k <= match.head + maxObjectWords; k++) {
    const w = (words[k] as Word).norm;
    if (wrongNouns.has(w)) return true;
    if (!/^[a-z][a-z-]*$/.test(w) || w === "to") return false;
  }
  return false;
}
