import { findOutletName } from "./findOutletName.js";
import { ROLE_WORDS } from "./phrases.js";
import { wordsOf } from "./words.js";

export interface Byline {
  /** Author names only: "Jane Doe and John Roe". Null when the credit names only an outlet ("By Reuters"). */
  byline: string | null;
  outlet: string | null;
}

/** A name particle written in lower case: "Ahmed al-Masri", "Ursula von der Leyen". */
const PARTICLE = "(?:al|el|bin|ibn|abu|de|da|van|von|der|den|la|le|du|del|dos|di|ul)";
/** One part of a person's name: "Jane", "O'Neil", "al-Masri", "J.", "DOE". */
const NAME_PART = `(?:\\p{Lu}[\\p{L}'’.-]*|${PARTICLE}[- ]\\p{Lu}[\\p{L}'’-]*|${PARTICLE})`;
/** A person: two to five name parts, the first capitalised. */
export const PERSON_NAME = new RegExp(`^\\p{Lu}[\\p{L}'’.-]*(?:\\s+${NAME_PART}){1,4}$`, "u");
/** "By …", "Written by …", "Reporting by …", "Author: …". */
export const BYLINE_LEAD = /^(?:(?:written|reported|reporting|words|story|text)\s+by|by|authors?\s*:)\s*(?=\S)/iu;
/** Separator between names and outlet: " – ", " — ", " - ", " | ", " · ". */
const CREDIT_SEPARATOR = /\s+[|–—·•-]\s+/u;
/** A date or time closing the byline line: "By Jane Doe · Monday 3 March 2025", "… | 10:42 GMT", "… - 2 hours ago". */
export const DATE_TAIL =
  /\s+[|–—·•-]\s+[^|–—·•]*?(?:\b\d{4}\b|\b\d{1,2}[:.]\d{2}\b|\b\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago\b)[^|–—·•]*$/iu;
/** Joins names in a list: ", ", " and ", " & ". */
const NAME_LIST_SEPARATOR = /\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/u;
/** "… in Jerusalem" after a name: where the reporter was, not part of the name. */
const IN_PLACE = /\s+in\s+\p{Lu}[\p{L} .'’-]*$/u;
/** Reuters-style credit: "Reporting by X; Editing by Y" — keep the reporters. */
const EDITING_CLAUSE = /\s*;\s*(?:additional reporting|editing|writing|compiled|graphics)\b.*$/iu;
const MAX_BYLINE_CHARS = 160;
const HAS_DIGIT = /\d/u;

/**
 * Reads a byline line: "By Jane Doe and John Roe, Reuters", "Jane Doe – The Daily Star", "Reporting by Jane Doe;
 * Editing by John Roe". Returns author names only, and the outlet when the line names one; null for other lines.
 * The "Name – Outlet" form is accepted only when the part after the dash is an outlet name.
 *
 * @example findByline("By Jane Doe and John Roe, Reuters") // { byline: "Jane Doe and John Roe", outlet: "Reuters" }
 */
export function findByline(line: string): Byline | null {
  let text = line.trim().replace(/^[-–—]\s*/u, "");
  if (text.length > MAX_BYLINE_CHARS) return null;
  if (HAS_DIGIT.test(text)) text = text.replace(DATE_TAIL, "");
  if (text === "" || /[.!?]$/u.test(text.replace(/\b\p{Lu}\.$/u, ""))) return null;
  const lead = BYLINE_LEAD.exec(text);
  if (lead !== null) return readCredit(text.slice(lead[0].length).replace(EDITING_CLAUSE, ""), true);
  return readCredit(text, false);
}

function readCredit(credit: string, led: boolean): Byline | null {
  const [namesPart = "", ...rest] = credit.split(CREDIT_SEPARATOR);
  if (rest.length > 0) {
    const outlet = findOutletName(rest.join(" - "));
    const names = readNames(namesPart);
    if (names !== null && (outlet !== null || led)) return { byline: names, outlet };
    if (!led) return null;
  }
  if (!led) return null;
  // "Jane Doe and John Roe, Reuters" / "Jane Doe, Middle East correspondent" / "Reuters"
  const parts = credit.split(/\s*,\s*/u);
  let outlet: string | null = null;
  while (parts.length > 1) {
    const last = parts.at(-1) ?? "";
    if (readNames(last) !== null && findOutletName(last) === null) break;
    outlet ??= findOutletName(last);
    parts.pop();
  }
  const names = readNames(parts.join(", "));
  if (names !== null) return { byline: names, outlet };
  const onlyOutlet = findOutletName(credit, true);
  return onlyOutlet === null ? null : { byline: null, outlet: onlyOutlet };
}

/** "Jane Doe, John Roe and Sam Poe" → the same text, if every item is a person's name; else null. */
function readNames(text: string): string | null {
  const cleaned = text.trim().replace(IN_PLACE, "");
  if (cleaned === "") return null;
  const names = cleaned.split(NAME_LIST_SEPARATOR).filter((n) => n !== "");
  if (names.length === 0 || !names.every((n) => PERSON_NAME.test(n) && !isRole(n) && findOutletName(n) === null)) {
    return null;
  }
  return cleaned;
}

/** "Business Reporter", "Diplomatic Correspondent": a job title after the name, not another person. */
function isRole(text: string): boolean {
  return wordsOf(text).some((w) => ROLE_WORDS.has(w.toLowerCase().replace(/s$/u, "")));
}
