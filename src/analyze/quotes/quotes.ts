import type { Stage } from "../../stage.js";
import { findQuotes } from "./findQuotes.js";

/**
 * Fills `article.quotes` (see `findQuotes`), linking speakers through the mentions the actors stage left.
 *
 * @example quotes.run(article, ctx) // article.quotes = [{ kind: "direct", speakerText: "Rubio", … }]
 */
export const quotes: Stage = {
  name: "quotes",
  run(article) {
    article.quotes = findQuotes(article.text, article.sentences, { mentions: article.mentions });
  },
};
