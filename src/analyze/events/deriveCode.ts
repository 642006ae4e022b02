import { cameoRoot } from "./cameoCodes.js";
import type { EventDictionary, FrameKind } from "./eventDictionary.js";

/** Roots of conflictual action: a pledge or plan to do one of these is a threat. */
const conflictRoots = new Set(["13", "14", "15", "16", "17", "18", "19", "20"]);
/** Roots of cooperation a pledge or a refusal can be about. */
const cooperationRoots = new Set(["03", "04", "05", "06", "07", "08"]);

/** Whether a code is conflictual material or threatening action (13–20). */
export function isConflict(code: string): boolean {
  return conflictRoots.has(cameoRoot(code));
}

export function isCooperation(code: string): boolean {
  return cooperationRoots.has(cameoRoot(code));
}

/**
 * The code of an event seen through a frame: the longest prefix of `code` in the frame's table decides; "=" keeps
 * the code and "-" (or no entry) means no event.
 *
 * @example deriveCode("threat", "195", dictionary) // → "1384"
 */
export function deriveCode(frame: FrameKind, code: string, dictionary: EventDictionary): string | null {
  const table = dictionary.derive[frame];
  for (let length = code.length; length >= 2; length--) {
    const derived = table.get(code.slice(0, length));
    if (derived !== undefined) return resolve(derived, code);
  }
  const fallback = table.get("*");
  return fallback === undefined ? null : resolve(fallback, code);
}

function resolve(derived: string, code: string): string | null {
  if (derived === "-") return null;
  return derived === "=" ? code : derived;
}
