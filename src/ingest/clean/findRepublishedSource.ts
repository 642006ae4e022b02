/** A run of capitalised words, "of"/"and"/"&" allowed inside: "Gulf Wire Service", "The Voice of the Coast". */
const NAME = String.raw`(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:(?:of|and|&|the)\s+)*\p{Lu}[\p{L}\p{N}&'’.-]*){0,5}`;

/** "republished from X", "originally published by X", "first appeared on X", "reproduced with permission of X". */
const REPUBLISHED_FROM = new RegExp(
  String.raw`\b(?:(?:re-?published|reproduced|syndicated|reprinted|adapted)\s+(?:with (?:kind )?permission\s+)?(?:from|of)|(?:originally|first)\s+(?:published|appeared|ran|posted)\s+(?:on|in|at|by)|this (?:article|story|report) (?:is|comes) from)\s+(${NAME})`,
  "u",
);

/**
 * The outlet a republished page names as the original publisher: "This article was republished from Gulf Wire
 * Service under a content-sharing agreement" → "Gulf Wire Service". That outlet wrote the story; it did not publish
 * this page. Null when the line names none.
 *
 * @example findRepublishedSource("Originally published by The Harbour Post.") // "The Harbour Post"
 */
export function findRepublishedSource(line: string): string | null {
  const name = REPUBLISHED_FROM.exec(line)?.[1];
  return name === undefined ? null : name.replace(/\.$/u, "");
}
