import { franc } from "franc";
import { iso6393To1 } from "iso-639-3";

/** Characters of text looked at: enough for trigram statistics, bounded for speed. */
const SAMPLE_CHARS = 3000;
/** Below this many characters franc guesses; say "und" instead. */
const MIN_CHARS = 40;

/**
 * ISO 639-1 code of the text's language, or "und" when too short or undecided.
 *
 * @example detectLanguage("Der Bundestag hat am Dienstag …") // "de"
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (sample.replace(/\s+/g, "").length < MIN_CHARS) return "und";
  const code = franc(sample, { minLength: MIN_CHARS });
  if (code === "und") return "und";
  return iso6393To1[code] ?? "und";
}
