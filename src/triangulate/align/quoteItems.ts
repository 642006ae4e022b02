/** The quotes of a story's articles, flattened with what alignment needs: content stems and the speaker's name. */

import type { Article, Quote } from "../../article.js";
import { contentStems } from "./words.js";

export interface QuoteItem {
  article: string;
  /** The article's independent root (the original when it is a copy). */
  root: string;
  quote: Quote;
  stems: string[];
  /** The speaker's name from the article's actors, or the speaker text. */
  speakerName: string | null;
  /** Ids of the actors the article mentions: lets an unresolved speaker be matched to one the article knows. */
  articleActors: ReadonlySet<string>;
}

/** Every quote of the articles with its stems. */
export function quoteItems(articles: readonly Article[], rootOf: (id: string) => string): QuoteItem[] {
  return articles.flatMap((article) => {
    const actorIds = new Set(article.actors.map((a) => a.id));
    return article.quotes.map((quote) => ({
      article: article.id,
      root: rootOf(article.id),
      quote,
      stems: contentStems(quote.text),
      speakerName:
        (quote.speaker === null ? undefined : article.actors.find((a) => a.id === quote.speaker)?.name) ??
        quote.speakerText,
      articleActors: actorIds,
    }));
  });
}
