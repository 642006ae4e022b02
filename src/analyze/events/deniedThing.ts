import { cameoRoot } from "./cameoCodes.js";
import type { PatternMatch } from "./matchPatterns.js";
import type { Word } from "./tokenizeSentence.js";

/** Things withheld from someone, which "deny" refuses, not denies as an allegation: "denied service to gays". */
const withheldNouns = new Set([
  "service",
  "services",
  "funding",
  "funds",
  "access",
  "entry",
  "visa",
  "visas",
  "permission",
  "bail",
  "protections",
  "protection",
  "pay",
  "coverage",
  "care",
  "treatment",
  "housing",
  "employment",
  "credit",
  "loans",
  "insurance",
]);
/** Words read on either side of the verb for the thing withheld: "deny service", "are denied funding". */
const maxGap = 3;

/**
 * Whether "deny" (coded as a denial, 01) withholds a thing, which is a refusal, not a statement that an allegation
 * is false: "allow businesses to deny service to gays", "their agencies are denied funding". "Israel denied the report" and "Obama denied the claims" stay denials.
 *
 * @example deniedThing(words("a law that lets businesses deny service to gays"), match at "deny", "016") // → true
 */
export function deniedThing(words: readonly Word[], match: PatternMatch, code: string): boolean {
  if (match.form.lemma !== "deny" || cameoRoot(code) !== "01") return false;
  for (let k = match.head - maxGap; k <= match.head + maxGap; k++) {
    if (k !== match.head && withheldNouns.has(words[k]?.norm ?? "")) return true;
  }
  return false;
}
