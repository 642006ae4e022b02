import { keptIndices, type Block } from "./block.js";
import { isBodyText } from "./isHeadlineLike.js";
import { countWords, topicStems } from "./words.js";

/** A standfirst is a sentence or more under the headline; shorter lines there are labels. */
const MIN_STANDFIRST_WORDS = 6;
/** How much of the paragraph after a standfirst its topic is compared with. */
const STANDFIRST_TOPIC_CHARS = 400;

/**
 * Marks the standfirst (the summary under the headline) as article text, so no later rule takes it for a related
 * headline. It is the first paragraph after the title when a byline follows it, or when it is a headline-like line
 * of 6+ words followed by body text and sharing a topic word with the title or that text. Returns its index or -1.
 *
 * @example markStandfirst(blocks, titleIndex) // 2: blocks[2].keep is now true
 */
export function markStandfirst(blocks: Block[], titleIndex: number): number {
  if (titleIndex < 0) return -1;
  const kept = keptIndices(blocks).filter((i) => i > titleIndex);
  const first = kept[0];
  const b = first === undefined ? undefined : blocks[first];
  if (first === undefined || b === undefined || b.p.heading > 0 || b.p.bullet) return -1;
  if (countWords(b.p.text, MIN_STANDFIRST_WORDS) < MIN_STANDFIRST_WORDS) return -1;
  const next = kept[1] ?? blocks.length;
  const bylineAfter = blocks.slice(first + 1, next).some((x) => x.reason === "byline");
  const after = blocks[next];
  const bodyAfter =
    !isBodyText(b.p.text) &&
    after !== undefined &&
    isBodyText(after.p.text) &&
    sharesTopic(b.p.text, `${blocks[titleIndex]?.p.text ?? ""} ${after.p.text.slice(0, STANDFIRST_TOPIC_CHARS)}`);
  if (!bylineAfter && !bodyAfter) return -1;
  b.keep = true;
  return first;
}

function sharesTopic(text: string, other: string): boolean {
  const stems = topicStems(other);
  for (const stem of topicStems(text)) if (stems.has(stem)) return true;
  return false;
}
