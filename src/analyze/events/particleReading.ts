import type { PatternMatch } from "./matchPatterns.js";
import type { Word } from "./tokenizeSentence.js";

/** Present forms of verbs that take "back" as a particle: "scales back", "pushes back", "cuts back". */
const particleVerbs = new Set([
  "push",
  "pushes",
  "scale",
  "scales",
  "cut",
  "cuts",
  "roll",
  "rolls",
  "pull",
  "pulls",
  "step",
  "steps",
  "fight",
  "fights",
  "fought",
  "hit",
  "hits",
  "strike",
  "strikes",
  "struck",
  "bring",
  "brings",
  "brought",
  "come",
  "comes",
  "came",
  "go",
  "goes",
  "went",
  "hold",
  "holds",
  "held",
  "draw",
  "draws",
  "drew",
  "turn",
  "turns",
  "dial",
  "dials",
  "pare",
  "pares",
  "walk",
  "walks",
  "set",
  "sets",
  "win",
  "wins",
  "won",
  "get",
  "gets",
  "got",
  "give",
  "gives",
  "gave",
  "take",
  "takes",
  "took",
]);
/** Past forms that are no verbs before "back": adjectives of people ("the embattled back", rare) are left aside. */
const pastForm = /^[a-z]{2,}ed$/;
/** Particles after "wound" that make it the past of "wind": "wound up winning", "wound down operations". */
const windParticles = new Set(["up", "down"]);

/**
 * Whether the verb read is a particle or a homograph of a phrasal verb, not the event verb: "pushed back hard on
 * Saudi objections" and "Congress often scales back the requests" (no backing), "Trump wound up winning Wisconsin"
 * (no wound), "Republicans appear ready to return fire" (a figure, no return). "Russia will back the plan", "who
 * back Ryan's bid" and "the soldier was wounded" stay events.
 *
 * @example particleReading(words("Schumer pushed back hard on Saudi objections"), match at "back") // → true
 */
export function particleReading(words: readonly Word[], match: PatternMatch): boolean {
  const word = words[match.head]?.norm ?? "";
  const before = words[match.head - 1]?.norm ?? "";
  const after = words[match.head + 1]?.norm ?? "";
  if (word === "back") return particleVerbs.has(before) || pastForm.test(before);
  if (word === "wound") return windParticles.has(after);
  if (match.form.lemma === "return") return after === "fire";
  return false;
}
