import type { EventDictionary } from "./eventDictionary.js";
import type { Word } from "./tokenizeSentence.js";

/**
 * Every word the dictionary's verb patterns look for, numbered, and each pattern's word elements as lists of those
 * numbers, by lemma in the order of `dictionary.patterns`. Built once per dictionary.
 */
interface WordIndex {
  /** Word → its number. */
  numbers: Map<string, number>;
  /** Lemma → per pattern, per word element, the numbers of its words. */
  byLemma: Map<string, readonly (readonly Int32Array[])[]>;
  /** Per word number, the last index where it stands in the sentence read; valid when `seen` holds `read`. */
  last: Int32Array;
  seen: Int32Array;
  /** Which sentence read this is (so `last` need not be cleared between sentences). */
  read: number;
}

const indexes = new WeakMap<EventDictionary, WordIndex>();

function wordIndex(dictionary: EventDictionary): WordIndex {
  let index = indexes.get(dictionary);
  if (index) return index;
  const numbers = new Map<string, number>();
  const byLemma = new Map<string, readonly (readonly Int32Array[])[]>();
  for (const [lemma, patterns] of dictionary.patterns) {
    byLemma.set(
      lemma,
      patterns.map((pattern) =>
        pattern.elements.flatMap((element) => {
          if (element.kind !== "words") return [];
          const ids: number[] = [];
          for (const word of element.words) {
            let id = numbers.get(word);
            if (id === undefined) numbers.set(word, (id = numbers.size));
            ids.push(id);
          }
          return [Int32Array.from(ids)];
        }),
      ),
    );
  }
  index = { numbers, byLemma, last: new Int32Array(numbers.size), seen: new Int32Array(numbers.size), read: 0 };
  indexes.set(dictionary, index);
  return index;
}

/** The number of every word the dictionary's verb patterns look for ("talks", "with"), for `patternWords`. */
export function patternWordNumbers(dictionary: EventDictionary): ReadonlyMap<string, number> {
  return wordIndex(dictionary).numbers;
}

/** What `patternWords` read of one sentence. */
export interface PatternWords {
  /** Per pattern of `lemma` (as `dictionary.patterns` lists them), its word elements; undefined with no patterns. */
  elementsOf(lemma: string): readonly (readonly Int32Array[])[] | undefined;
  /**
   * Whether each word element (from `elementsOf`) has one of its words somewhere after word `head`. Pattern matching
   * only looks forward, so a pattern for which this is false cannot match at `head`.
   */
  possible(elements: readonly (readonly Int32Array[])[] | undefined, k: number, head: number): boolean;
}

/**
 * Reads a sentence's words for the pattern words they hold. Most verb patterns tried at a verb fail because a word
 * they need stands nowhere after it; `possible` rejects those by a few array reads instead of a scan of the words
 * after the verb. `numbers`, when given, holds each word's `patternWordNumbers` entry (-1 or undefined for none),
 * already looked up by the caller. Valid until the next sentence is read with the same dictionary; a stale reading answers
 * "possible".
 *
 * @example const read = patternWords(words, dictionary); read.possible(read.elementsOf("hold"), 0, head)
 */
export function patternWords(
  words: readonly Word[],
  dictionary: EventDictionary,
  numbers?: ReadonlyArray<number | undefined>,
): PatternWords {
  const index = wordIndex(dictionary);
  index.read = index.read >= 0x7fffffff ? 1 : index.read + 1;
  if (index.read === 1) index.seen.fill(0);
  const { last, seen, read, byLemma } = index;
  for (let j = 0; j < words.length; j++) {
    const id = numbers ? numbers[j] : index.numbers.get((words[j] as Word).norm);
    if (id === undefined || id < 0) continue;
    seen[id] = read;
    last[id] = j;
  }
  return {
    elementsOf: (lemma) => byLemma.get(lemma),
    possible(elements, k, head) {
      const pattern = elements?.[k];
      // A later sentence has been read since, or an unknown pattern: no answer.
      if (!pattern || index.read !== read) return true;
      for (const ids of pattern) {
        let found = false;
        for (let n = 0; n < ids.length && !found; n++) {
          const id = ids[n] as number;
          found = seen[id] === read && (last[id] as number) > head;
        }
        if (!found) return false;
      }
      return true;
    },
  };
}
