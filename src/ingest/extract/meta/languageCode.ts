import { iso6393, iso6393To1 } from "iso-639-3";

/** The language part of a tag: "en" of "en-US", "en_GB", "EN"; "zh" of "zh-Hans-CN"; "fil" of "fil-PH". */
export const LANGUAGE_SUBTAG = /^(?<language>[a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/iu;

const ISO_639_1: ReadonlySet<string> = new Set(
  iso6393.map((language) => language.iso6391).filter((code): code is string => code !== undefined),
);
/** Codes withdrawn from ISO 639-1 that pages still send. */
const RENAMED: Readonly<Record<string, string>> = { iw: "he", in: "id", ji: "yi", jw: "jv", mo: "ro" };

/**
 * The ISO 639-1 code of a language tag or locale as pages write it (`<html lang>`, og:locale, Content-Language),
 * or null when it names no known language. A list takes its first entry.
 *
 * @example languageCode("en_US") // "en"
 * @example languageCode("deu") // "de"
 * @example languageCode("x-default") // null
 */
export function languageCode(tag: string): string | null {
  const first = tag.split(",", 1)[0]?.trim() ?? "";
  const subtag = LANGUAGE_SUBTAG.exec(first)?.groups?.["language"]?.toLowerCase();
  if (subtag === undefined) return null;
  const code = RENAMED[subtag] ?? subtag;
  if (code.length === 2) return ISO_639_1.has(code) ? code : null;
  return iso6393To1[code] ?? null;
}
