import type { PatternMatch } from "./matchPatterns.js";
import type { Word } from "./tokenizeSentence.js";
import type { VerbGroup } from "./verbGroup.js";

/** Animals that are killed, shot or set free by people, which CAMEO does not code as victims or captives. */
const animals = new Set([
  "lion",
  "lions",
  "elephant",
  "elephants",
  "rhino",
  "rhinos",
  "tiger",
  "tigers",
  "bear",
  "bears",
  "wolf",
  "wolves",
  "deer",
  "turkey",
  "turkeys",
  "bird",
  "birds",
  "dog",
  "dogs",
  "cat",
  "cats",
  "horse",
  "horses",
  "cattle",
  "cow",
  "cows",
  "sheep",
  "pig",
  "pigs",
  "chickens",
  "animal",
  "animals",
  "wildlife",
  "giraffe",
  "giraffes",
  "leopard",
  "leopards",
  "whale",
  "whales",
  "shark",
  "sharks",
]);
/** Verbs whose victim or captive may be an animal. */
const animalVerbs = new Set(["kill", "shoot", "slaughter", "hunt", "liberate", "free", "release", "capture", "poison"]);
/** Words of the object after the verb, or of the subject before a passive, read for an animal: "killed Cecil, a lion". */
const maxObjectWords = 5;
/** Auxiliaries, adverbs and relatives between a passive's subject and its verb: "elephants that were illegally killed". */
const passiveFillers = new Set([
  "that",
  "which",
  "was",
  "were",
  "been",
  "being",
  "is",
  "are",
  "be",
  "have",
  "has",
  "had",
  "illegally",
  "reportedly",
  "allegedly",
]);
/** Words that end the object phrase. */
const phraseEnds = new Set([".", ";", ":", "(", ")", "and", "but", "who", "which", "that", "by", "in", "on", "at"]);

/**
 * Whether a verb of killing or freeing acts on an animal: "an American dentist killed Cecil, a lion beloved in
 * Zimbabwe", "trophies of elephants that were killed in two African countries", "Mr. Obama officially liberated
 * Cheese, a large white bird". "Gunmen killed 12 villagers" stays an attack.
 *
 * @example animalVictim(words("a dentist killed Cecil, a lion"), match at "killed", group) // → true
 */
export function animalVictim(words: readonly Word[], match: PatternMatch, group: VerbGroup): boolean {
  if (!animalVerbs.has(match.form.lemma)) return false;
  for (let k = match.head + 1; k < words.length && k <= match.head + maxObjectWords; k++) {
    const w = (words[k] as Word).norm;
    if (animals.has(w)) return true;
    if (phraseEnds.has(w)) break;
  }
  // "elephants that were killed": the head of a passive's subject, read back across its auxiliaries and relative.
  if (!group.passive) return false;
  let k = match.head - 1;
  while (k >= 0 && passiveFillers.has((words[k] as Word).norm)) k--;
  return animals.has(words[k]?.norm ?? "");
}
