import { clauseSubordinators } from "./roles.js";
import type { Word } from "./tokenizeSentence.js";

/** Words of a fronted clause before the comma that closes it: "When Iraq invaded Kuwait in August 1990,". */
const maxFrontedClause = 20;

/**
 * "When Iraq attacked Kuwait, Egypt sent troops to Saudi Arabia": the events of a sentence with those of its main
 * clause first. A clause opened by a subordinator at the start of the sentence ("when", "after", "because"…) and
 * closed by a comma is background to the main clause after it. `heads` gives the verb (or noun) word index of each
 * event. The order is otherwise kept; unchanged when no fronted clause is closed or no event follows it.
 *
 * @example mainClauseFirst(words, [attack, send], [2, 6]) // → [send, attack]
 */
export function mainClauseFirst<T>(words: readonly Word[], events: readonly T[], heads: readonly number[]): T[] {
  if (!clauseSubordinators.has(words[0]?.norm ?? "")) return [...events];
  let comma = -1;
  for (let j = 1; j < words.length && j <= maxFrontedClause; j++) {
    const w = (words[j] as Word).norm;
    if (w === ",") {
      comma = j;
      break;
    }
    if (w === ";" || w === ":" || w === "(") return [...events];
  }
  if (comma < 0) return [...events];
  const main = events.filter((_, k) => (heads[k] ?? 0) > comma);
  if (main.length === 0) return [...events];
  return [...main, ...events.filter((_, k) => (heads[k] ?? 0) <= comma)];
}
