import { KNOWN_OUTLETS, ROLE_WORDS } from "../../clean/phrases.js";
import { collapse } from "./metaTags.js";

/** Between two names or a name and its role: ", ", "; ", " | ", " - ", " and ", " & ", "•", and their German/French/Spanish "and". */
export const NAME_SEPARATOR = /\s*(?:[,;|•·\n]|\s[-–—]\s|\s(?:and|und|et|y|e|en|och|og)\s|&|(?<=\p{Ll}{2})\.\s)\s*/u;
/** "By ", "Written by ", "Analysis by ", "Story and photos by ", "Author: ", "Von ", "Par ", "Por " before the names. */
export const BYLINE_LEAD = /^(?:(?:\p{L}+\s+){0,2}by|von|par|por|door|author(?:s)?|autor(?:in)?)\s*:?\s+/iu;
/** Where a name ends and a timestamp begins: "Jane Doe Updated 5:04 PM", "Jane Doe on May 3", "Jane Doe 12:04". */
export const TRAILING_TIMESTAMP =
  /\s+(?:(?:last\s+)?updated|published|posted|on\s+\p{L}+\s+\d|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b).*$/iu;
/** An e-mail address or @handle next to a name. */
export const CONTACT = /\S+@\S+\.\S+|(?:^|\s)@\w+/gu;
/** "(Reuters)", "[AFP]": an aside, never part of the name. */
export const ASIDE = /\s*[([][^)\]]*[)\]]/gu;
/** A web address: an author given as a profile URL is not a name. */
export const WEB_ADDRESS = /^(?:https?:)?\/\/|^www\.|\.(?:com|org|net)\b/iu;
/** A name part in a cased script: "Jane", "O'Neil", "J.", "al-Masri", "McDonald", "Zoë". */
export const CASED_NAME_PART = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.)$/u;
/** Lower-case particles inside names: "Ursula von der Leyen", "Ahmed al-Masri", "Luiz Inácio da Silva". */
const PARTICLE =
  /^(?:al|el|bin|ibn|abu|de|da|das|do|dos|van|von|der|den|ter|la|le|du|del|della|di|ul|y|e|zu)(?:-\p{Lu}[\p{L}'’-]*)?$/u;
/** A word in a script without letter case (Chinese, Japanese, Arabic, Hebrew, Thai…). */
const UNCASED_WORD = /^[\p{L}\p{M}·・'’-]+$/u;
const HAS_CASE = /[\p{Lu}\p{Ll}]/u;

/** Words that make a credit a desk, a team or an outlet, not a person ("Staff", "The Editorial Board", "News Desk"). */
const NOT_A_PERSON: ReadonlySet<string> = new Set([
  ...ROLE_WORDS,
  "staff",
  "team",
  "desk",
  "newsroom",
  "editorial",
  "editors",
  "board",
  "news",
  "press",
  "agency",
  "agencies",
  "wire",
  "wires",
  "service",
  "services",
  "media",
  "online",
  "digital",
  "web",
  "admin",
  "administrator",
  "guest",
  "the",
  "reporters",
  "correspondents",
  "contributors",
  "writers",
  "unknown",
  "intern",
  "interns",
  "freelance",
  "freelancer",
  "staffer",
  "anonymous",
  "redaktion",
  "rédaction",
  "redacción",
]);
/** Words before a role that belong to it: "Senior Political Correspondent". */
const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  "senior",
  "chief",
  "deputy",
  "associate",
  "assistant",
  "special",
  "contributing",
  "staff",
  "political",
  "national",
  "international",
  "foreign",
  "business",
  "science",
  "health",
  "sports",
  "technology",
  "tech",
  "investigative",
  "diplomatic",
  "defence",
  "defense",
  "security",
  "managing",
  "executive",
  "digital",
  "news",
  "global",
  "legal",
  "economics",
  "economy",
  "culture",
  "arts",
  "climate",
  "environment",
]);
const KNOWN_OUTLET_NAMES: ReadonlySet<string> = new Set(KNOWN_OUTLETS.map((o) => o.toLowerCase()));
/** A capitalised word of an outlet's name, long enough to mean something ("CNN", "Telegraph", "Insider"). */
const OUTLET_WORD = /^(?:\p{Lu}{2,}|\p{Lu}\p{Ll}{3,})$/u;
/** Words of the known outlets' names ("AP", "CNN", "Reuters"), which a person's name never contains. */
const KNOWN_OUTLET_WORDS: ReadonlySet<string> = new Set(KNOWN_OUTLETS.flatMap(outletWords));
const MAX_NAME_PARTS = 5;
const MAX_NAME_CHARS = 60;

/**
 * Person names from author credits as pages give them ("By Jane Doe and John Roe", "Jane Doe, Staff Writer",
 * "JANE DOE | Reuters"), deduplicated, in order. Roles, outlets, desks ("Staff"), contacts, dates and URLs are left out.
 *
 * @example authorNames(["By Jane Doe and John Roe, Reuters"], ["Reuters"]) // ["Jane Doe", "John Roe"]
 * @example authorNames(["Staff", "https://example.org/jane"], []) // []
 */
export function authorNames(credits: readonly string[], outlets: readonly (string | null)[]): string[] {
  const named = outlets.filter((o): o is string => o !== null).map(collapse);
  const outletNames = new Set(named.flatMap((o) => [o.toLowerCase(), o.toLowerCase().replace(/^the\s+/u, "")]));
  const outletWordSet = new Set([...KNOWN_OUTLET_WORDS, ...named.flatMap(outletWords)]);
  const names: string[] = [];
  const seen = new Set<string>();
  for (const credit of credits) {
    const text = collapse(credit.replace(CONTACT, " "));
    if (text === "" || WEB_ADDRESS.test(text)) continue;
    for (const piece of text.replace(ASIDE, " ").split(NAME_SEPARATOR)) {
      const name = personName(piece, outletNames, outletWordSet);
      if (name === null || seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      names.push(name);
    }
  }
  return names;
}

/** "Jane Doe", "Jane Doe and John Roe", "Jane Doe, John Roe and Sam Poe": how a byline lists names. */
export function formatNames(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  if (names.length === 1) return names[0] ?? null;
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}`;
}

function personName(piece: string, outlets: ReadonlySet<string>, outletWordSet: ReadonlySet<string>): string | null {
  let text = collapse(piece);
  for (let lead = BYLINE_LEAD.exec(text); lead !== null; lead = BYLINE_LEAD.exec(text))
    text = text.slice(lead[0].length);
  text = text
    .replace(TRAILING_TIMESTAMP, "")
    .replace(/[.:,]+$/u, "")
    .trim();
  if (text === "" || text.length > MAX_NAME_CHARS || WEB_ADDRESS.test(text) || /\d/u.test(text)) return null;
  if (outlets.has(text.toLowerCase()) || KNOWN_OUTLET_NAMES.has(text.toLowerCase())) return null;
  const parts = withoutRole(text.split(" "));
  if (parts.length === 0 || parts.length > MAX_NAME_PARTS) return null;
  if (parts.some((p) => NOT_A_PERSON.has(p.toLowerCase()) || outletWordSet.has(p.toLowerCase()))) return null;
  const name = parts.join(" ");
  if (outlets.has(name.toLowerCase()) || KNOWN_OUTLET_NAMES.has(name.toLowerCase())) return null;
  if (!HAS_CASE.test(name)) return parts.every((p) => UNCASED_WORD.test(p)) ? name : null;
  const cased = name === name.toUpperCase() ? titleCase(parts) : parts;
  if (cased.length < 2) return null;
  const first = cased[0] ?? "";
  if (!CASED_NAME_PART.test(first) || !cased.every((p) => CASED_NAME_PART.test(p) || PARTICLE.test(p))) return null;
  return cased.join(" ");
}

/** "Jane Doe Senior Political Correspondent" → ["Jane", "Doe"]: everything from the role on, and its modifiers. */
function withoutRole(parts: readonly string[]): string[] {
  const role = parts.findIndex((p, i) => i > 0 && isRoleWord(p));
  if (role === -1) return [...parts];
  let end = role;
  while (end > 0 && ROLE_MODIFIERS.has((parts[end - 1] ?? "").toLowerCase())) end--;
  return parts.slice(0, end);
}

function isRoleWord(word: string): boolean {
  // "Editor-at-large", "Reporter/Photographer": the role is the first part.
  const lower = word.toLowerCase().split(/[-/]/u, 1)[0] ?? "";
  return ROLE_WORDS.has(lower) || ROLE_WORDS.has(lower.replace(/s$/u, ""));
}

function outletWords(outlet: string): string[] {
  return outlet
    .split(/[\s.|:-]+/u)
    .filter((w) => OUTLET_WORD.test(w))
    .map((w) => w.toLowerCase());
}

/** "JANE DOE" → "Jane Doe"; "MCDONALD" → "Mcdonald" (all-caps loses that, and nothing tells it back). */
function titleCase(parts: readonly string[]): string[] {
  return parts.map((p, i) =>
    i > 0 && PARTICLE.test(p.toLowerCase())
      ? p.toLowerCase()
      : p
          .toLowerCase()
          .replace(/(^|[-'’])(\p{L})/gu, (_m, lead: string, letter: string) => lead + letter.toUpperCase()),
  );
}
