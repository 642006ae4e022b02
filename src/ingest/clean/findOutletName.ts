import { KNOWN_OUTLETS, OUTLET_WORDS, ROLE_WORDS } from "./phrases.js";
import { wordsOf } from "./words.js";

const KNOWN = new Map(KNOWN_OUTLETS.map((name) => [name.toLowerCase(), name]));
/** "MNTV", "WAFA", "KUNA": an agency acronym. */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** "Reuters", "Anadolu": a single capitalised name. */
const SINGLE_NAME = /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u;
const CAPITALISED = /^[\p{Lu}\p{N}]/u;

/**
 * The outlet named by a credit ("Reuters", "The Daily Star", "MNTV"), or null when the text is not an outlet name
 * (a role such as "Middle East correspondent", a clause, a person). `strict` refuses a lone capitalised word that is
 * not a known outlet ("Monday"), for credits with nothing else around them.
 *
 * @example findOutletName("The Daily Star") // "The Daily Star"
 * @example findOutletName("Middle East correspondent") // null
 */
export function findOutletName(text: string, strict = false): string | null {
  const name = text.trim().replace(/^(?:for|from|via)\s+/iu, "");
  if (name === "" || name.length > 60) return null;
  const known = KNOWN.get(name.toLowerCase());
  if (known !== undefined) return known;
  const words = wordsOf(name);
  if (words.length === 0 || words.length > 6) return null;
  if (words.some((w) => ROLE_WORDS.has(w.toLowerCase()))) return null;
  if (words.length === 1 && (ACRONYM.test(name) || (!strict && SINGLE_NAME.test(name)))) return name;
  const capitalised = words.every((w) => CAPITALISED.test(w) || w === "of" || w === "the" || w === "and");
  if (capitalised && words.some((w) => OUTLET_WORDS.has(w.toLowerCase()))) return name;
  return null;
}
