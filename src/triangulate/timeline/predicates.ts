/**
 * The predicates of a sentence: its main verbs and its event nouns, from wink-nlp's part-of-speech tags and lemmas,
 * with offsets into the text they were read from.
 */
import { tagWords } from "../../analyze/segment/tagWords.js";
import type { TaggedWord } from "../../analyze/segment/tagWords.js";
import { isEventNoun } from "./eventNouns.js";

export type { TaggedWord };

/** Particles that make a phrasal verb with the verb before them ("rolled out", "took over", "went up"). */
const particles = new Set(["out", "up", "off", "back", "down", "over", "away"]);
const particleTags = new Set(["ADP", "PART", "ADV"]);

/** A predicate: a verb (with its particle: "rolled out") or an event noun. */
export interface Predicate extends TaggedWord {
  kind: "verb" | "noun";
}

/** Verbs that carry no event of their own: auxiliaries, copulas and light verbs before the event word. */
const notEventVerbs = new Set([
  "be",
  "have",
  "do",
  "will",
  "would",
  "shall",
  "should",
  "can",
  "could",
  "may",
  "might",
  "must",
  "get",
  "seem",
]);

/**
 * Tags the words of `text` from `start` to `end` (one sentence), with lemmas, and repairs two tagger errors that cost
 * predicates (a verb after a modal or after a numbered name read as a noun); offsets are into `text`.
 *
 * @example tagSentence("Airbus unveiled the A380.", 0, 25).map((w) => w.pos) // ["PROPN", "VERB", "DET", "PROPN", "PUNCT"]
 */
export function tagSentence(text: string, start: number, end: number): TaggedWord[] {
  return repairModalComplements(repairNumberedNames(tagWords(text, start, end, { lemmas: true })));
}

/** Modals: what follows one is a bare verb. */
const modals = new Set(["would", "will", "could", "can", "may", "might", "shall", "should", "must"]);

/** The tagger reads some verbs after a modal as adjectives or nouns ("would close": close/ADJ); after a modal, a verb. */
function repairModalComplements(words: TaggedWord[]): TaggedWord[] {
  return words.map((w, i) => {
    const modal = modals.has(words[i - 1]?.text.toLowerCase() ?? "");
    return modal && (w.pos === "ADJ" || w.pos === "NOUN") ? { ...w, pos: "VERB" } : w;
  });
}

/** What follows a verb after a numbered name: "fell 8 percent", "rose sharply", "fell to", "lost the". */
const afterVerbTags = new Set(["NUM", "ADV", "ADP", "DET"]);

/**
 * The tagger reads a verb after a name ending in a number as a noun ("The FTSE 100 fell 8 percent": fell/NOUN, as if
 * "100 fells"); between a numbered name and what a verb takes, the word is the verb.
 */
function repairNumberedNames(words: TaggedWord[]): TaggedWord[] {
  return words.map((w, i) => {
    const [before, number, next] = [words[i - 2], words[i - 1], words[i + 1]];
    const numbered = before?.pos === "PROPN" && number?.pos === "NUM";
    return w.pos === "NOUN" && numbered && afterVerbTags.has(next?.pos ?? "") ? { ...w, pos: "VERB" } : w;
  });
}

/**
 * The predicates among tagged words: verbs other than auxiliaries and light verbs, and event nouns.
 *
 * @example predicates(tagSentence("GM's sales fell after the bankruptcy.", 0, 37)).map((p) => p.text) // ["sales", "fell", "bankruptcy"]
 */
export function predicates(words: readonly TaggedWord[]): Predicate[] {
  const out: Predicate[] = [];
  words.forEach((w, i) => {
    const next = words[i + 1];
    if (w.pos === "VERB" && !notEventVerbs.has(w.lemma)) {
      const phrasal = next !== undefined && particles.has(next.text.toLowerCase()) && particleTags.has(next.pos);
      out.push(
        phrasal ? { ...w, text: `${w.text} ${next.text}`, end: next.end, kind: "verb" } : { ...w, kind: "verb" },
      );
    } else if (w.pos === "NOUN" && isEventNoun(w.text.toLowerCase(), w.lemma)) {
      // A gerund before a noun modifies it ("a shipping company", "the operating cost"): no event of its own.
      if (!(w.text.toLowerCase().endsWith("ing") && next?.pos === "NOUN")) out.push({ ...w, kind: "noun" });
    }
  });
  return out;
}
