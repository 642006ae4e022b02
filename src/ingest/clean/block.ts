import type { Paragraph } from "./joinBrokenLines.js";

/** A paragraph and the decision about it: removed with a reason, kept on purpose, or not decided yet. */
export interface Block {
  p: Paragraph;
  /** Why it was removed; null while kept. */
  reason: string | null;
  /** Decided to keep (a genuine list, a subheading): later rules leave it alone. */
  keep: boolean;
}

/** Indices of the blocks still in the text, in order. */
export function keptIndices(blocks: readonly Block[]): number[] {
  const out: number[] = [];
  blocks.forEach((b, i) => {
    if (b.reason === null) out.push(i);
  });
  return out;
}
