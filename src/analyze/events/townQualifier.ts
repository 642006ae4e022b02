import type { Mention } from "../../article.js";
import type { Actor } from "../actors/types.js";
import { isEnglishWord } from "../../ingest/clean/dictionary.js";
import { startsCapital } from "./slotWords.js";
import type { Word } from "./tokenizeSentence.js";

/** Punctuation that may close a town's qualifier: "Oskaloosa, Iowa, to", "in Lyon, France." */
const qualifierClosers = new Set([",", ".", ";", ":", ")", "!", "?", "—", "–", "--", '"', "”", "''"]);
/** Words that make "X, Y" a list of places, not a town and its state: "California, Delaware and New Jersey". */
const listWords = new Set([",", "and", "or"]);

/**
 * The first word of the town that the state or country at words [first, stop) qualifies, or -1 when it qualifies
 * none. "Oskaloosa, Iowa, to criticize", "in Paris, France.": the state after a town and its comma says where the
 * town is, and acts no more than the town does. The town is a capitalised name no mention covers ("Oskaloosa") or a
 * place of the same state ("Paris"); a list of places ("California, Delaware and New Jersey", "Texas, Ohio, Iowa")
 * and a person before the comma ("Grassley, Iowa's senior senator") are no town.
 *
 * @example townQualifier(text, words("in Oskaloosa, Iowa, to criticize"), 3, 4, mentions, actors) // 1
 */
export function townQualifier(
  text: string,
  words: readonly Word[],
  first: number,
  stop: number,
  mentions: readonly Mention[],
  actors: ReadonlyMap<string, Actor>,
): number {
  const qualifier = mentionAt(words, first, mentions);
  const state = qualifier ? actors.get(qualifier.actor) : undefined;
  if (!state?.country || (state.type !== "place" && state.type !== "country")) return -1;
  if (words[first - 1]?.norm !== "," || !startsCapital(text, words[first - 2])) return -1;
  // What follows the qualifier ends it: punctuation (not the comma of a list going on) or the end of the sentence.
  const after = words[stop];
  if (after && !qualifierClosers.has(after.norm)) return -1;
  if (after?.norm === ",") {
    const next = words[stop + 1];
    if (next && (listWords.has(next.norm) || startsCapital(text, next))) return -1;
  }
  let town = first - 2;
  const covering = mentionAt(words, town, mentions);
  if (covering) {
    const place = actors.get(covering.actor);
    if (place?.type !== "place" || place.country !== state.country) return -1;
    while (town > 0 && (words[town - 1] as Word).end > covering.start) town--;
  } else {
    // "Mount Pleasant, Iowa": over the capitalised words of the town's name that no mention covers.
    while (town > 0 && startsCapital(text, words[town - 1]) && !mentionAt(words, town - 1, mentions)) town--;
    // "Meanwhile, Iowa, a swing state": an English word is no town's name.
    if (town === first - 2 && isEnglishWord((words[town] as Word).norm)) return -1;
  }
  // "Texas, Ohio, Iowa", "and Lyon, France": the town is itself an item of a list.
  return listWords.has(words[town - 1]?.norm ?? "") ? -1 : town;
}

/** The mention covering word k, if any. */
function mentionAt(words: readonly Word[], k: number, mentions: readonly Mention[]): Mention | undefined {
  const word = words[k];
  if (!word) return undefined;
  return mentions.find((m) => m.start <= word.start && word.start < m.end && !m.channel);
}
