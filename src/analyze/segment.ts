import type { Sentence } from "../article.js";
import type { Stage } from "../stage.js";

/**
 * Splits the clean text into sentences with offsets.
 *
 * STUB for issue #2: paragraph and simple punctuation splitting; issue #3 replaces it with an
 * abbreviation- and quotation-aware segmenter.
 */
export const segment: Stage = {
  name: "segment",
  run(article) {
    const sentences: Sentence[] = [];
    const paragraphPattern = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
    let paragraph = 0;
    for (const p of article.text.matchAll(paragraphPattern)) {
      const sentencePattern = /[^.!?]+(?:[.!?]+["”’)]*|$)/g;
      for (const s of p[0].matchAll(sentencePattern)) {
        const lead = s[0].length - s[0].trimStart().length;
        const start = p.index + s.index + lead;
        const end = p.index + s.index + s[0].trimEnd().length;
        if (end > start) sentences.push({ start, end, paragraph });
      }
      paragraph++;
    }
    article.sentences = sentences;
  },
};
