import { RELATED_HEADERS, SECTION_NAMES } from "./phrases.js";
import { normalizeForCompare } from "./words.js";

/** Longer lines are never a menu entry or a header. */
const MAX_NAME_CHARS = 40;
const sections = new Set([...SECTION_NAMES].map(normalizeForCompare));
const relatedHeaders = new Set([...RELATED_HEADERS].map(normalizeForCompare));

/** "World", "Middle East", "Skip to content": a menu entry. */
export function isSectionName(text: string): boolean {
  return text.length <= MAX_NAME_CHARS && sections.has(normalizeForCompare(text));
}

/** "Related articles", "Most read", "More on this story": a header over links to other stories. */
export function isRelatedHeader(text: string): boolean {
  return text.length <= MAX_NAME_CHARS && relatedHeaders.has(normalizeForCompare(text));
}
