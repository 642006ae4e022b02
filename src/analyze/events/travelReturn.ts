import { agentName } from "./actorSlots.js";
import type { ActorSlot } from "./actorSlots.js";
import type { PatternMatch } from "./matchPatterns.js";
import type { Word } from "./tokenizeSentence.js";
import type { VerbGroup } from "./verbGroup.js";
import { weekdayNames } from "../times/words.js";

/**
 * Words right after an intransitive "return" (the subject goes back), where a returned object would stand: "return
 * to Washington", "returned home", "returned and", "return Tuesday to Phoenix", "lawmakers return.".
 */
const journeyWords = new Set([
  "to",
  "home",
  "from",
  "and",
  "but",
  ",",
  ".",
  ";",
  ":",
  "—",
  "–",
  "--",
  "on",
  "in",
  "at",
  "after",
  "before",
  "later",
  "soon",
  "briefly",
  "early",
  "this",
  "next",
  "last",
  "today",
  "tonight",
  "tomorrow",
  "yesterday",
  "when",
  "as",
  "until",
  ...weekdayNames,
]);
/** Persons held whose going back is a release: "three hostages returned to Israel". */
const heldAgents = new Set(["hostages", "prisoners", "detainees", "captives", "abductees", "refugees", "displaced"]);

/**
 * Whether a bare "return" (coded as a return or release of persons, 084, or an intent to release, 0353) is the
 * subject's own journey back, which releases no one: "Ms. Brewer was scheduled to return Tuesday to Phoenix",
 * "Ramos later returned and Trump took his questions", "after lawmakers return". Only the pattern with no words of its
 * own is read, and a return of persons held ("three hostages returned to Israel") or one with an object ("Hamas
 * returned three hostages") stays a release, and so does a state's return ("U.S. negotiators return to Geneva").
 *
 * @example travelReturn(words("Brewer will return Tuesday to Phoenix"), slots, match at "return", group, "0353") // → true
 */
export function travelReturn(
  words: readonly Word[],
  slots: readonly ActorSlot[],
  match: PatternMatch,
  group: VerbGroup,
  code: string,
): boolean {
  if (match.form.lemma !== "return" || match.pattern.literals > 0 || match.target || group.passive) return false;
  if (!code.startsWith("08") && !code.startsWith("035")) return false;
  const next = words[match.head + 1]?.norm;
  if (next !== undefined && !journeyWords.has(next)) return false;
  const subject = slots.filter((s) => s.stop <= group.first).at(-1);
  // "U.S. and Russian negotiators return to Geneva for talks": states' envoys going back to talks are left to the
  // codes of the talks (the PLOVER gold set codes them).
  if (subject?.actor.startsWith("country:")) return false;
  const agent = subject ? agentName(subject) : undefined;
  return agent === undefined || !heldAgents.has(agent);
}
