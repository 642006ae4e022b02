import { ROLE_WORDS } from "./phrases.js";
import { wordsOf } from "./words.js";

/** "© 2025", "Copyright © 2019–2025", "(c) 2024": the mark and years before the owner's name. */
const COPYRIGHT_LEAD = /^(?:copyright\s*)?(?:©|\(c\))?\s*(?:copyright\s+)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?/iu;
const HAS_MARK = /^(?:©|\(c\)|copyright\b)/iu;
/** Where the owner's name stops: a sentence end, a comma, a pipe, a dash, "All rights reserved". */
const NAME_END = /\.(?:\s|$)|[,;|]|\s[-–—]\s|\s+all rights reserved/iu;
/** A company-form suffix that is not part of the outlet's name: "Ltd", "Inc.", "LLC", "plc", "GmbH". */
const LEGAL_SUFFIX = /\s+(?:ltd|limited|inc|llc|llp|plc|gmbh|pty|corp|co)\.?$/iu;
const TRAILING_YEAR = /\s+\d{4}$/u;
const STARTS_CAPITAL = /^[\p{Lu}\p{N}]/u;
const MAX_OWNER_WORDS = 6;

/**
 * The owner named by a copyright line, which is the outlet that published the page: "© 2025 The Harbour Post Ltd.
 * All rights reserved." → "The Harbour Post". Null for other lines.
 *
 * @example findCopyrightOwner("Copyright © 2024 Harbour Media, Inc.") // "Harbour Media"
 */
export function findCopyrightOwner(line: string): string | null {
  const text = line.trim();
  if (!HAS_MARK.test(text)) return null;
  const rest = text.slice(COPYRIGHT_LEAD.exec(text)?.[0].length ?? 0);
  const end = NAME_END.exec(rest);
  const owner = (end === null ? rest : rest.slice(0, end.index))
    .trim()
    .replace(TRAILING_YEAR, "")
    .replace(LEGAL_SUFFIX, "")
    .trim();
  const words = wordsOf(owner);
  if (words.length === 0 || words.length > MAX_OWNER_WORDS || !STARTS_CAPITAL.test(owner)) return null;
  if (words.some((w) => ROLE_WORDS.has(w.toLowerCase()))) return null;
  return owner;
}
