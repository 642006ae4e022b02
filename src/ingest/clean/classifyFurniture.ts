import {
  BREADCRUMB_LINE,
  CAPTION_CREDIT_LINE,
  CAPTION_LABEL_LINE,
  COPYRIGHT_LINE,
  DISCLAIMER_LINE,
  DONATION_LINE,
  FURNITURE_PATTERNS,
  MAX_FURNITURE_WORDS,
  PAYWALL_OFFER_LINE,
  READER_FUNDED_LINE,
  SUBSCRIBE_LINE,
  type FurnitureReason,
} from "./boilerplatePatterns.js";
import { countWords } from "./words.js";

/** Word limits per pattern where the default `MAX_FURNITURE_WORDS` is wrong: captions run long, CTAs are short. */
const WORD_LIMITS = new Map<RegExp, number>([
  [CAPTION_LABEL_LINE, 80],
  [CAPTION_CREDIT_LINE, 80],
  [DISCLAIMER_LINE, 80],
  [COPYRIGHT_LINE, 80],
  [SUBSCRIBE_LINE, 15],
  [PAYWALL_OFFER_LINE, 12],
  [DONATION_LINE, 25],
  [READER_FUNDED_LINE, 25],
]);

/** The largest word limit of any pattern: counting stops there. */
const MAX_LIMIT = Math.max(MAX_FURNITURE_WORDS, ...WORD_LIMITS.values());

const BREADCRUMB_SEPARATOR = /\s+[>›»/]\s+/u;
const ENDS_LIKE_SENTENCE = /[.!?;,:]["”’)]?$/u;

/**
 * The reason a whole line is page furniture (menu, share button, disclaimer, caption…), or null for text.
 *
 * @example classifyFurniture("Share this article") // "share/subscribe call to action"
 */
export function classifyFurniture(line: string): FurnitureReason | null {
  const text = line.trim();
  if (text === "") return null;
  const words = countWords(text, MAX_LIMIT + 1);
  for (const [pattern, reason] of FURNITURE_PATTERNS) {
    if (words > (WORD_LIMITS.get(pattern) ?? MAX_FURNITURE_WORDS)) continue;
    if (!pattern.test(text)) continue;
    if (pattern === BREADCRUMB_LINE && !isBreadcrumb(text)) continue;
    return reason;
  }
  return null;
}

/** Every step of a breadcrumb is a short label, not a clause ("and/or" style slashes inside sentences fail). */
function isBreadcrumb(text: string): boolean {
  const steps = text.split(BREADCRUMB_SEPARATOR);
  return steps.every((step) => countWords(step) <= 6 && !ENDS_LIKE_SENTENCE.test(step.trim()));
}
