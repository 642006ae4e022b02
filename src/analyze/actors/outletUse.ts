import type { Registry } from "./loadRegistry.js";
import type { Token } from "./tokenize.js";

/**
 * Words before a one-word outlet or company name that make it the outlet or company, not a person of that surname:
 * "told Bloomberg", "according to Bloomberg", "the Bloomberg empire", "on Bloomberg".
 */
const outletBefore = new Set(["the", "told", "to", "via", "on", "at"]);
/** "in an interview with Bloomberg": "with" after these is the outlet; "met with Bloomberg" is the person. */
const interviewWords = new Set(["interview", "interviews", "conversation", "appearance", "chat"]);
/** Words after the name that make it the outlet or company: "Bloomberg reported", "Bloomberg News", "Ford Motor". */
const outletAfter = new Set([
  "reported",
  "reports",
  "reporting",
  "report",
  "published",
  "publishes",
  "aired",
  "airs",
  "broadcast",
  "obtained",
  "quoted",
  "cited",
  "poll",
  "survey",
  "data",
  "analysis",
  "index",
  "terminal",
  "shares",
  "stock",
]);
/** "Bloomberg Tuesday said": a day or month after the name does not continue it. */
const dateWords =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * Whether a one-word registry name that is also a surname in the article ("Bloomberg" in an article naming
 * Michael Bloomberg) is used as the outlet or company at token `index`: a channel word before it, a company or
 * report word after it, or a capitalised word after it that continues the name ("Bloomberg Businessweek").
 *
 * @example outletUse(tokenize("he told Bloomberg on Monday"), 2) // true
 */
export function outletUse(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1]?.text.toLowerCase() ?? "";
  if (outletBefore.has(before)) return true;
  if (before === "with" && interviewWords.has(tokens[index - 2]?.text.toLowerCase() ?? "")) return true;
  const after = tokens[index + 1];
  if (!after) return false;
  if (outletAfter.has(after.text.toLowerCase())) return true;
  // "Bloomberg Businessweek", "Bloomberg L.P.": the name goes on; a sentence-initial word after a stop does not.
  return after.cap && !dateWords.test(after.text);
}

/**
 * Whether every reading the registry has of a one-word phrase is a media outlet or an organisation ("Bloomberg",
 * "Ford"): such a word may be the surname of a person the article names in full. A state, a demonym, a capital or
 * a group ("Jordan", "Hamas") stays the registry's.
 */
export function namesOnlyBody(registry: Registry, word: string): boolean {
  const hits = registry.aliases.get(word);
  return (
    hits.length > 0 &&
    hits.every((hit) => {
      if (hit.type !== "actor") return false;
      const type = registry.actors.get(hit.actor)?.type;
      return type === "media" || type === "organization";
    })
  );
}

/**
 * Whether every reading the registry has of a one-word phrase is a mere place, a town or province that never acts
 * ("Hutchinson", "Palmer"): a person the article names in full may have it as a surname.
 */
export function namesOnlyPlace(registry: Registry, word: string): boolean {
  const hits = registry.aliases.get(word);
  return hits.length > 0 && hits.every((hit) => hit.type === "seat" && hit.kind === "place");
}
