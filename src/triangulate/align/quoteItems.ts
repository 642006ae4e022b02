/** The quotes of a story's articles, flattened with what alignment needs: content stems and the speaker's name. */

import type { Article, Quote } from "../../article.js";
import { contentStems } from "./words.js";

export interface QuoteItem {
  article: string;
  /** The article's independent root (the original when it is a copy). */
  root: string;
  quote: Quote;
  stems: string[];
  /** Stems of the words written capitalised inside the quote (not first in a sentence): names, not wording. */
  nameStems: ReadonlySet<string>;
  /** The speaker's name from the article's actors, or the speaker text. */
  speakerName: string | null;
  /** The sentences holding the quote, its cue and its speaker: where the article says who spoke. */
  attribution: string;
  /** Ids of the actors the article mentions: lets an unresolved speaker be matched to one the article knows. */
  articleActors: ReadonlySet<string>;
}

/** A capitalised word that does not open a sentence: "… Attorney General Jeff Sessions …". */
const innerCapitalised = /(?<![.!?"“]\s*|^\s*)\b\p{Lu}[\p{L}'’.-]*/gu;

function nameStemsOf(text: string): Set<string> {
  return new Set([...text.matchAll(innerCapitalised)].flatMap((m) => contentStems(m[0])));
}

function attributionText(article: Article, quote: Quote): string {
  const from = Math.min(quote.start, quote.cue?.start ?? quote.start, quote.speakerStart ?? quote.start);
  const to = Math.max(quote.end, quote.cue?.end ?? quote.end, quote.speakerEnd ?? quote.end);
  const sentences = article.sentences.filter((s) => s.end > from && s.start < to);
  const start = sentences[0]?.start ?? from;
  const end = sentences.at(-1)?.end ?? to;
  return article.text.slice(start, end);
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
      nameStems: nameStemsOf(quote.text),
      speakerName:
        (quote.speaker === null ? undefined : article.actors.find((a) => a.id === quote.speaker)?.name) ??
        quote.speakerText,
      articleActors: actorIds,
      attribution: attributionText(article, quote),
    }));
  });
}
