/** An extractive summary of a story: the sentences the independent articles most agree on, verbatim. */

import { splitSentences } from "../../analyze/segment/splitSentences.js";
import { contentStems } from "../../triangulate/align/words.js";

export interface SummaryInput {
  id: string;
  text: string;
}

export interface SummarySentence {
  /** The article the sentence is taken from, word for word. */
  article: string;
  text: string;
  start: number;
  end: number;
  /** Other articles that carry a sentence close to this one. */
  support: string[];
  score: number;
}

export interface SummaryOptions {
  /** How many sentences at most (default 3). */
  count?: number;
  /** Articles read, in the order given (default 40): the work grows with the square of the sentences read. */
  maxArticles?: number;
  /** Sentences read per article, from the top (default 20): a news story says what matters first. */
  maxSentences?: number;
}

interface Candidate {
  article: string;
  start: number;
  end: number;
  text: string;
  paragraph: number;
  vector: Map<string, number>;
}

/** A sentence with a final mark: headings, captions and credit lines have none. */
const ENDS_LIKE_A_SENTENCE = /[.!?…]["”’')\]]*$/u;
/** Words a summary sentence should have: fewer is a fragment, more is a run-on. */
const MIN_WORDS = 8;
const MAX_WORDS = 60;
/** Two sentences this close say the same thing: the second adds nothing to a summary. */
const REDUNDANT = 0.35;
/** How close another article's sentence must be to count as support. */
const SUPPORTS = 0.22;
/** Quotation marks: a quoted sentence is one party's words, not the report's account, so it ranks lower. */
const QUOTED = /["“”]/u;

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    const w = b.get(k);
    if (w !== undefined) dot += v * w;
  }
  for (const v of b.values()) nb += v * v;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

function candidates(articles: readonly SummaryInput[], maxSentences: number): Candidate[] {
  const raw: Omit<Candidate, "vector">[] = [];
  for (const article of articles) {
    for (const s of splitSentences(article.text).slice(0, maxSentences)) {
      const sentence = article.text.slice(s.start, s.end).replace(/\s+/g, " ").trim();
      const count = sentence.split(" ").length;
      if (count < MIN_WORDS || count > MAX_WORDS || !ENDS_LIKE_A_SENTENCE.test(sentence)) continue;
      raw.push({ article: article.id, start: s.start, end: s.end, text: sentence, paragraph: s.paragraph });
    }
  }
  const stems = raw.map((c) => new Set(contentStems(c.text)));
  const df = new Map<string, number>();
  for (const set of stems) for (const s of set) df.set(s, (df.get(s) ?? 0) + 1);
  return raw.map((c, i) => {
    const vector = new Map<string, number>();
    for (const s of stems[i] ?? []) vector.set(s, Math.log(1 + raw.length / (df.get(s) ?? 1)));
    return { ...c, vector };
  });
}

/**
 * Picks the `count` most central sentences of a story: a sentence scores by how closely the OTHER articles say the
 * same thing (its best match in each), with a bonus for the lede and a discount for direct quotes; near-repeats of a picked sentence are
 * skipped and a second sentence from the same article is discounted, so the summary draws on several outlets. With
 * a single article, centrality is measured against the article's own sentences. Pass independent articles only:
 * a copy would count its original twice. Never throws; no article or no sentence gives `[]`.
 *
 * @example extractiveSummary([{ id: "a", text }, { id: "b", text: other }], { count: 2 })[0].support // ["b"]
 */
export function extractiveSummary(articles: readonly SummaryInput[], options: SummaryOptions = {}): SummarySentence[] {
  const count = options.count ?? 3;
  const all = candidates(articles.slice(0, options.maxArticles ?? 40), options.maxSentences ?? 20);
  const ids = [...new Set(all.map((c) => c.article))];
  const single = ids.length <= 1;
  const scored = all.map((c) => {
    let centrality = 0;
    const support: string[] = [];
    if (single) {
      for (const other of all) if (other !== c) centrality += cosine(c.vector, other.vector);
      centrality /= Math.max(1, all.length - 1);
    } else {
      for (const id of ids) {
        if (id === c.article) continue;
        let best = 0;
        for (const other of all) if (other.article === id) best = Math.max(best, cosine(c.vector, other.vector));
        centrality += best;
        if (best >= SUPPORTS) support.push(id);
      }
      centrality /= ids.length - 1;
    }
    const lede = c.paragraph === 0 ? 0.15 : c.paragraph === 1 ? 0.07 : 0;
    return { c, support, score: (centrality + lede) * (QUOTED.test(c.text) ? 0.7 : 1) };
  });
  scored.sort((x, y) => y.score - x.score || x.c.start - y.c.start);
  const picked: typeof scored = [];
  const remaining = [...scored];
  while (picked.length < count && remaining.length > 0) {
    let bestIndex = -1;
    let bestValue = -Infinity;
    remaining.forEach((r, i) => {
      if (picked.some((p) => cosine(p.c.vector, r.c.vector) >= REDUNDANT)) return;
      const sameArticle = picked.filter((p) => p.c.article === r.c.article).length;
      const value = r.score * 0.8 ** sameArticle;
      if (value > bestValue) {
        bestValue = value;
        bestIndex = i;
      }
    });
    if (bestIndex < 0) break;
    const [next] = remaining.splice(bestIndex, 1);
    if (next) picked.push(next);
  }
  return picked.map(({ c, support, score }) => ({
    article: c.article,
    text: c.text,
    start: c.start,
    end: c.end,
    support,
    score: Math.round(score * 1000) / 1000,
  }));
}
