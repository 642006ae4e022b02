/** The figures of a story's articles, with the words that say what they count. */

import type { Article, Claim } from "../../article.js";
import { magnitudeClaims } from "./magnitudes.js";
import { contentStems, stem, words } from "./words.js";

export interface ClaimItem {
  article: string;
  root: string;
  claim: Claim;
  /** The counted noun's stem ("people", "hostage", "home"). */
  head: string | null;
  /** Whether the head was written capitalised in the article (a demonym: "Palestinians"). */
  headCapitalised: boolean;
  /** The stem of the word right after the head ("kill" in "people killed"), when it is a participle. */
  predicate: string | null;
  /** Places and countries named in the figure's sentence (actor ids). */
  places: string[];
  /** Content stems of the sentence the figure stands in, numbers dropped. */
  context: string[];
  /** The article's publication day (YYYY-MM-DD), when known. */
  published?: string;
}

/** Words that end the counted noun phrase in `what` ("people taken hostage", "hostages still held"). */
const phraseEnd =
  /^(?:in|of|from|at|on|by|for|with|since|still|who|that|which|taken|held|killed|wounded|injured|destroyed|damaged|displaced|missing|dead|treated|left)$/;
/** A past participle after the head: the thing done to what is counted. */
const participle = /^(?:\p{L}+ed|taken|held|hurt|killed|dead|missing|left)$/u;
const numeric = /^[\d.,]+$/;

function headOf(what: string): { head: string | null; predicate: string | null; index: number } {
  const ws = words(what);
  let index = -1;
  for (let i = 0; i < ws.length; i += 1) {
    const w = ws[i] ?? "";
    if (phraseEnd.test(w) || (i > 0 && participle.test(w))) break;
    index = i;
  }
  const head = index >= 0 ? (ws[index] ?? null) : null;
  const next = ws.slice(index + 1).find((w) => w !== "still" && w !== "being");
  return {
    head: head === null ? null : stem(head),
    predicate: next !== undefined && participle.test(next) ? stem(next) : null,
    index,
  };
}

/** Places and countries named in the sentence holding the claim. */
function placesAround(article: Article, claim: Claim): string[] {
  const sentence = article.sentences.find((s) => s.start <= claim.start && claim.start < s.end);
  if (sentence === undefined) return [];
  const ids = article.mentions
    .filter((m) => m.start >= sentence.start && m.end <= sentence.end && m.channel !== true)
    .map((m) => m.actor)
    .filter((id) => id.startsWith("place:") || id.startsWith("country:"));
  return [...new Set(ids)];
}

/** Every claim of the articles, with its head noun and context. */
export function claimItems(articles: readonly Article[], rootOf: (id: string) => string): ClaimItem[] {
  return articles.flatMap((article) =>
    [...article.claims, ...magnitudeClaims(article)].map((claim) => {
      const { head, predicate } = headOf(claim.what);
      const headWord = words(claim.what).find((w) => head !== null && stem(w) === head);
      const capitalised =
        headWord !== undefined &&
        new RegExp(`\\b${headWord.charAt(0).toUpperCase()}${headWord.slice(1)}`).test(claim.text);
      return {
        article: article.id,
        root: rootOf(article.id),
        claim,
        head,
        headCapitalised: capitalised,
        predicate,
        context: contentStems(claim.text).filter((w) => !numeric.test(w)),
        places: placesAround(article, claim),
        ...(article.meta.published === null ? {} : { published: article.meta.published.slice(0, 10) }),
      };
    }),
  );
}
