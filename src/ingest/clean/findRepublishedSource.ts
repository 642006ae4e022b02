/** A run of capitalised words, "of"/"and"/"&"/"the" allowed inside: "Gulf Wire Service", "The Voice of the Coast". */
const NAME = String.raw`(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:(?:of|and|&|the)\s+)*\p{Lu}[\p{L}\p{N}&'’.-]*){0,5}`;

/** "republished from", "originally published by", "this story first appeared on", "reproduced with permission of". */
const REPUBLISHED_LEAD =
  /\b(?:(?:re-?published|reproduced|syndicated|reprinted|adapted)\s+(?:with (?:kind )?permission\s+)?(?:from|of)|(?:originally|(?:article|story|piece|report|post) first)\s+(?:published|appeared|ran|posted)\s+(?:on|in|at|by)|this (?:article|story|report) (?:is|comes) from)\s+/iu;
/** The name right after the lead; case matters here, so it is matched apart from the lead. */
const NAME_AT_START = new RegExp(`^${NAME}`, "u");

/**
 * The outlet a republished page names as the original publisher: "This article was republished from Gulf Wire
 * Service under a content-sharing agreement" → "Gulf Wire Service". That outlet wrote the story; it did not publish
 * this page. Null when the line names none.
 *
 * @example findRepublishedSource("Originally published by The Harbour Post.") // "The Harbour Post"
 */
export function findRepublishedSource(line: string): string | null {
  const lead = REPUBLISHED_LEAD.exec(line);
  if (lead === null) return null;
  const name = NAME_AT_START.exec(line.slice(lead.index + lead[0].length))?.[0];
  return name === undefined ? null : name.replace(/\.$/u, "");
}
