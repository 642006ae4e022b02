import * as chrono from "chrono-node";

/** "2024-05-31", "2024-05-31T10:00", "2024-05-31 10:00:00.000+0200", "2024-05-31T10:00:00Z": ISO 8601 and its kin. */
const ISO_DATE_TIME =
  /^(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})(?:[T ]+(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:[.,]\d+)?)?\s*(?<offset>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/iu;
/** "20240531" or "20240531T100000Z": the basic (compact) ISO 8601 form. */
const ISO_BASIC =
  /^(?<year>\d{4})(?<month>\d{2})(?<day>\d{2})(?:T(?<hour>\d{2})(?<minute>\d{2})(?<second>\d{2})?(?<offset>Z|[+-]\d{4})?)?$/u;
/** Seconds (10 digits) or milliseconds (13 digits) since 1970: some CMSs put these in date metas. */
const UNIX_TIME = /^(?<seconds>\d{10})(?<millis>\d{3})?$/u;

/** Years a news article's publication date can plausibly fall in; anything else is a misread. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/**
 * Fixed references for chrono, so nothing depends on the clock. A date read the same against both is stated; one
 * that moves with the reference ("3 hours ago", "yesterday") is relative, and rejected.
 */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));
const OTHER_REFERENCE = new Date(Date.UTC(2010, 6, 15));

type DateParser = Pick<typeof chrono.en, "parse">;

/** chrono's parsers by ISO 639-1 code: the page's language is tried first, then English, then these. */
const CHRONO_LOCALES: Readonly<Record<string, DateParser>> = {
  de: chrono.de,
  fr: chrono.fr,
  es: chrono.es,
  pt: chrono.pt,
  nl: chrono.nl,
  it: chrono.it,
  ja: chrono.ja,
  ru: chrono.ru,
  uk: chrono.uk,
  sv: chrono.sv,
  zh: chrono.zh,
};

interface DateParts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** Minutes east of UTC, when the source states it. */
  offset?: number;
}

/**
 * A date as found in metadata or on a date line, as ISO 8601: a date-time with its stated offset when the source
 * gives a time and a zone ("2024-05-31T10:00:00+02:00"), else the date alone ("2024-05-31") — a time without a zone
 * does not say when it happened. Null when there is no full date with a stated year.
 *
 * @example normalizeDate("2024-05-31T10:00:00.000+0200") // "2024-05-31T10:00:00+02:00"
 * @example normalizeDate("Nov. 19, 2019 8:03 am ET") // "2019-11-19T08:03:00-05:00"
 * @example normalizeDate("© 2023") // null
 */
export function normalizeDate(text: string, language?: string | null): string | null {
  const trimmed = text.trim();
  if (trimmed === "" || trimmed.length > 200) return null;
  // A string in ISO form is read as such only: "2024-13-01" is no date, not something chrono may guess at.
  if (ISO_DATE_TIME.test(trimmed) || ISO_BASIC.test(trimmed)) return nullable(readIso(trimmed));
  const parts = readUnixTime(trimmed) ?? readWithChrono(trimmed, language ?? null);
  return parts === null ? null : format(parts);
}

function nullable(parts: DateParts | null): string | null {
  return parts === null ? null : format(parts);
}

function readIso(text: string): DateParts | null {
  const groups = (ISO_DATE_TIME.exec(text) ?? ISO_BASIC.exec(text))?.groups;
  if (groups === undefined) return null;
  const parts: DateParts = { year: Number(groups["year"]), month: Number(groups["month"]), day: Number(groups["day"]) };
  const offset = offsetMinutes(groups["offset"]);
  if (groups["hour"] !== undefined && offset !== null) {
    parts.hour = Number(groups["hour"]);
    parts.minute = Number(groups["minute"] ?? 0);
    parts.second = Number(groups["second"] ?? 0);
    parts.offset = offset;
  }
  return valid(parts) ? parts : null;
}

/** "Z", "+02:00", "+0200", "-05" → minutes east of UTC. */
function offsetMinutes(offset: string | undefined): number | null {
  if (offset === undefined) return null;
  const upper = offset.toUpperCase();
  if (upper === "Z" || upper === "UTC" || upper === "GMT") return 0;
  const digits = offset.slice(1).replace(":", "");
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
  return offset.startsWith("-") ? -minutes : minutes;
}

function readUnixTime(text: string): DateParts | null {
  const groups = UNIX_TIME.exec(text)?.groups;
  if (groups === undefined) return null;
  const date = new Date(Number(groups["seconds"]) * 1000 + Number(groups["millis"] ?? 0));
  const parts: DateParts = {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    offset: 0,
  };
  return valid(parts) ? parts : null;
}

function readWithChrono(text: string, language: string | null): DateParts | null {
  // The page's language first ("05/10/2018" is 5 October in Portuguese, May 10 in US English), then English, then
  // the others, since a page's lang attribute is often wrong ("en" on a German page).
  const local = language === null ? undefined : CHRONO_LOCALES[language];
  const parsers = [...(local === undefined ? [] : [local]), chrono.en, ...Object.values(CHRONO_LOCALES)];
  for (const parser of new Set(parsers)) {
    for (const result of parser.parse(text, REFERENCE)) {
      const start = result.start;
      if (!start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) continue;
      const parts: DateParts = {
        year: start.get("year") ?? 0,
        month: start.get("month") ?? 0,
        day: start.get("day") ?? 0,
      };
      const again = parser.parse(result.text, OTHER_REFERENCE)[0]?.start;
      if (again?.get("year") !== parts.year || again.get("month") !== parts.month || again.get("day") !== parts.day) {
        continue;
      }
      if (start.isCertain("hour") && start.isCertain("timezoneOffset")) {
        parts.hour = start.get("hour") ?? 0;
        parts.minute = start.get("minute") ?? 0;
        parts.second = start.get("second") ?? 0;
        parts.offset = start.get("timezoneOffset") ?? 0;
      }
      if (valid(parts)) return parts;
    }
  }
  return null;
}

function valid(parts: DateParts): boolean {
  const { year, month, day } = parts;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return false;
  if (parts.hour === undefined) return true;
  const offset = Math.abs(parts.offset ?? 0);
  return parts.hour < 24 && (parts.minute ?? 0) < 60 && (parts.second ?? 0) < 61 && offset <= 14 * 60;
}

function format(parts: DateParts): string {
  const date = `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
  if (parts.hour === undefined || parts.offset === undefined) return date;
  const time = `${pad(parts.hour)}:${pad(parts.minute ?? 0)}:${pad(Math.min(parts.second ?? 0, 59))}`;
  if (parts.offset === 0) return `${date}T${time}Z`;
  const sign = parts.offset < 0 ? "-" : "+";
  const abs = Math.abs(parts.offset);
  return `${date}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
