import type { PatternMatch } from "./matchPatterns.js";
import type { Word } from "./tokenizeSentence.js";

/** Forms of verbs of opinion and proposal whose -ing object is a policy talked about: "favors allowing". */
const opinionVerbs = new Set([
  "favor",
  "favors",
  "favored",
  "favoring",
  "favour",
  "favours",
  "favoured",
  "support",
  "supports",
  "supported",
  "supporting",
  "oppose",
  "opposes",
  "opposed",
  "opposing",
  "advocate",
  "advocates",
  "advocated",
  "advocating",
  "propose",
  "proposes",
  "proposed",
  "proposing",
  "suggest",
  "suggests",
  "suggested",
  "suggesting",
  "recommend",
  "recommends",
  "recommended",
  "recommending",
  "consider",
  "considers",
  "considered",
  "considering",
  "endorse",
  "endorses",
  "endorsed",
  "endorsing",
]);
/** Lemmas of opinion verbs whose own event is no support for an actor when an -ing form follows: "support privatizing". */
const opinionLemmas = new Set(["support", "favor", "favour", "endorse", "back", "oppose"]);
/** Words that may stand between the opinion verb and the -ing form: "favors not allowing", "support also allowing". */
const betweenWords = new Set(["not", "also", "even", "again", "further", "simply", "only"]);

/**
 * Whether the event verb is an -ing form that a verb of opinion or proposal takes as its object, a policy talked
 * about and not done: "Romney favors allowing domestic partnerships", "McCarthy would support allowing undocumented
 * immigrants to stay", "opposing plans to raise the retirement age"; or the opinion verb itself with such an object,
 * which endorses a policy, not an actor: "some Republicans support privatizing Social Security". "Russia supports
 * Assad" and "Egypt proposed a truce" stay events.
 *
 * @example opinionComplement(words("Romney favors allowing domestic partnerships"), match at "allowing") // → true
 */
export function opinionComplement(words: readonly Word[], match: PatternMatch): boolean {
  const head = match.head;
  if (match.form.kind === "ing") {
    let k = head - 1;
    while (k >= 0 && betweenWords.has(words[k]?.norm ?? "")) k--;
    if (opinionVerbs.has(words[k]?.norm ?? "")) return true;
  }
  if (!opinionLemmas.has(match.form.lemma)) return false;
  let k = head + 1;
  while (k < words.length && betweenWords.has(words[k]?.norm ?? "")) k++;
  return /^[a-z]{3,}ing$/.test(words[k]?.norm ?? "") && !nounsInIng.has(words[k]?.norm ?? "");
}

/** -ing words that are nouns, which an actor can be supported with: "support funding", "backed the ruling". */
const nounsInIng = new Set(["funding", "ruling", "building", "meeting", "hearing", "training", "housing", "spending"]);
