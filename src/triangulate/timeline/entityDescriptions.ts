/**
 * What the articles call an entity besides its name, read off the words next to its names: an apposition
 * ("Toyota, the Japanese carmaker"), a noun before it ("carmaker Toyota") or after it ("the A380 aircraft"). A
 * later "the carmaker" can then refer back to it.
 */
import type { EntityMention } from "./entityMentions.js";
import { isEventNoun } from "./eventNouns.js";
import type { TaggedWord } from "./predicates.js";

const determiners = new Set(["the", "a", "an"]);
const modifierTags = new Set(["ADJ", "PROPN", "NUM", "NOUN"]);

/** A common noun that can describe an entity: not an event noun, a pronoun, or a short word. */
const describes = (w: TaggedWord | undefined): w is TaggedWord =>
  w !== undefined &&
  w.pos === "NOUN" &&
  w.text.length >= 3 &&
  /^\p{Ll}/u.test(w.text) &&
  !isEventNoun(w.text.toLowerCase(), w.lemma);

/**
 * The description nouns of an entity, from its named mentions and the tagged words of their sentences: an
 * apposition once, a noun next to the name twice or more (once can be chance: "loan money GM received").
 *
 * @example entityDescriptions([[toyotaMention]], [tagSentence("Toyota, the Japanese carmaker, said…", 0, 36)]) // Set {"carmaker"}
 */
export function entityDescriptions(
  mentions: readonly (readonly EntityMention[])[],
  tagged: readonly (readonly TaggedWord[])[],
): Set<string> {
  const seen = new Map<string, number>();
  const add = (w: TaggedWord, weight = 1): void => {
    const key = w.text.toLowerCase();
    seen.set(key, (seen.get(key) ?? 0) + weight);
  };
  mentions.forEach((list, u) => {
    const words = tagged[u] ?? [];
    for (const m of list) {
      if (m.via !== "name" && m.via !== "actor") continue;
      const after = words.findIndex((w) => w.start >= m.end);
      const before = words.findLastIndex((w) => w.end <= m.start);
      // "the A380 aircraft": the noun right after the name.
      const next = words[after];
      if (describes(next) && words[after + 1]?.pos !== "NOUN") add(next);
      // "Toyota, the Japanese carmaker" (or "Toyota (TM), the …"): the last noun of an apposition; strong evidence.
      let comma = after;
      if (words[comma]?.text === "(") while (comma < words.length && words[comma]?.text !== ")") comma++;
      if (words[comma]?.text === ")") comma++;
      if (words[comma]?.text === "," && determiners.has(words[comma + 1]?.text.toLowerCase() ?? "")) {
        let k = comma + 2;
        while (
          modifierTags.has(words[k]?.pos ?? "") &&
          words[k + 1]?.pos !== undefined &&
          modifierTags.has(words[k + 1]?.pos ?? "")
        )
          k++;
        const head = words[k];
        if (describes(head)) add(head, 2);
      }
      // "carmaker Toyota", "the plane maker Airbus".
      const prev = words[before];
      if (describes(prev)) add(prev);
    }
  });
  return new Set([...seen].filter(([, n]) => n >= 2).map(([w]) => w));
}
