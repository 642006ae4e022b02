import type { Stage } from "../../stage.js";
import { findClaims } from "./findClaims.js";

/**
 * Fills `article.claims` with the article's figures (see `findClaims`), using the sentences, times, mentions
 * and quotes of the stages before it.
 *
 * @example claims.run(article, ctx) // article.claims = [{ quantity: 64000, what: "Palestinians killed in Gaza", … }]
 */
export const claims: Stage = {
  name: "claims",
  run(article) {
    article.claims = findClaims(article.text, {
      sentences: article.sentences,
      times: article.times,
      mentions: article.mentions,
      quotes: article.quotes,
      published: article.meta.published,
    });
  },
};
