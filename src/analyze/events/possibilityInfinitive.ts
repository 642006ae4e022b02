import type { ActorSlot } from "./actorSlots.js";
import type { Word } from "./tokenizeSentence.js";
import type { VerbGroup } from "./verbGroup.js";

/**
 * Nouns of a right, a power or a chance, or of a refusal, whose infinitive is what may be done, not what was done: "the absolute right
 * to declare a national emergency", "the authority to impose tariffs", "an opportunity to balance the invitation".
 * Not plans or attempts: "an attempt to assassinate" is an attack, "his plan to send troops" an intent.
 */
const possibilityNouns = new Set([
  "right",
  "rights",
  "power",
  "powers",
  "authority",
  "ability",
  "capacity",
  "chance",
  "chances",
  "opportunity",
  "opportunities",
  "option",
  "options",
  "freedom",
  "permission",
  "license",
  "licence",
  "leeway",
  "latitude",
  "deadline",
  // A refusal or failure to act: "continued his refusal to step down", "their failure to pay".
  "refusal",
  "reluctance",
  "unwillingness",
  "failure",
  "inability",
]);
/** Spans of time one has to do something in: "have three weeks to reach a deal", "has until Friday to act". */
const spanNouns = new Set(["time", "minutes", "hours", "days", "weeks", "months", "years", "week", "month", "year"]);
/** Forms of "have" (and "given") that hold the span: "Lawmakers have three weeks to", "was given 30 days to". */
const haveForms = new Set(["have", "has", "had", "having", "given", "gives", "give"]);
/** Words between "have" and the span noun or "until": "have three more weeks", "has only until". */
const maxSpanWords = 4;

/**
 * Whether the infinitive that opens the verb group is what someone may do or has time to do, which has not been
 * done: after a noun of possibility ("had the absolute right to declare a national emergency", "offered him an
 * opportunity to balance"), or a span of time held ("Lawmakers and the White House have three weeks to reach a deal",
 * "has until Friday to act on the bill"). "took three weeks to reach a deal" reports the deal.
 *
 * @example possibilityInfinitive(words("they have three weeks to reach a deal"), slots, group at "to reach") // → true
 */
export function possibilityInfinitive(words: readonly Word[], slots: readonly ActorSlot[], group: VerbGroup): boolean {
  const to = group.first;
  if (words[to]?.norm !== "to" || group.governor) return false;
  const before = words[to - 1]?.norm ?? "";
  if (slots.some((s) => s.stop === to)) return false;
  if (possibilityNouns.has(before)) return true;
  let until = -1;
  for (let k = to - 1; k >= 0 && k >= to - maxSpanWords; k--) if (words[k]?.norm === "until") until = k;
  const span = spanNouns.has(before) ? to - 1 : until;
  if (span < 0) return false;
  for (let k = span - 1; k >= 0 && k >= span - maxSpanWords; k--) {
    const w = (words[k] as Word).norm;
    if (haveForms.has(w)) return true;
    if (w === "," || w === "." || w === ";") return false;
  }
  return false;
}
