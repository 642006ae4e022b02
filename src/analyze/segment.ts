import type { Stage } from "../stage.js";
import { splitSentences } from "./segment/splitSentences.js";

/**
 * Splits the clean text into sentences with offsets and paragraph numbers (see `splitSentences`).
 *
 * @example segment.run(article, ctx) // article.sentences = [{ start: 0, end: 17, paragraph: 0 }, …]
 */
export const segment: Stage = {
  name: "segment",
  run(article) {
    article.sentences = splitSentences(article.text);
  },
};
