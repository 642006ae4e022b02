/**
 * Earthquake magnitudes as figures ("A magnitude 6.8 earthquake", "measured the quake at magnitude 7.0"). The claims
 * stage counts things; a magnitude is a measurement it does not read, and outlets disagree on it often.
 */

import type { Article, Claim } from "../../article.js";

/** What a magnitude claim counts: one per article and story, so two articles' magnitudes are always one quantity. */
export const MAGNITUDE = "magnitude measured";

/** "magnitude 6.8", "magnitude-7.0", "a 6.8-magnitude", "6.8 magnitude". */
const magnitudePattern = /\bmagnitude[\s-]+(\d(?:\.\d)?)\b|\b(\d(?:\.\d)?)[\s-]+magnitude\b/gi;
const quakeNoun = /\b(?:earthquake|quake|tremor|temblor)\b/i;
/** Sentences about another shock than the main one. */
const otherShock = /\b(?:aftershocks?|foreshocks?|in \d{4})\b/i;

/**
 * The article's one earthquake magnitude as a claim, or none when it gives none or several different ones (an
 * aftershock, an earlier quake: which is the story's is then unclear).
 *
 * @example magnitudeClaims(article) // [{ quantity: 6.8, what: "magnitude measured", … }]
 */
export function magnitudeClaims(article: Article): Claim[] {
  const found: Claim[] = [];
  for (const sentence of article.sentences) {
    const text = article.text.slice(sentence.start, sentence.end);
    if (!quakeNoun.test(text) || otherShock.test(text)) continue;
    for (const m of text.matchAll(magnitudePattern)) {
      const value = m[1] ?? m[2];
      if (value === undefined) continue;
      found.push({
        start: sentence.start + m.index,
        end: sentence.start + m.index + m[0].length,
        text,
        figure: m[0],
        quantity: Number(value),
        qualifier: null,
        what: MAGNITUDE,
        category: "other",
        asOf: article.meta.published?.slice(0, 10) ?? null,
        asOfEvidence: "inferred",
        attributedTo: null,
        evidence: "stated",
      });
    }
  }
  return new Set(found.map((c) => c.quantity)).size === 1 ? found.slice(0, 1) : [];
}
