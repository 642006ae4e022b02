import { backgroundDocProbability } from "./backgroundPrior.js";
import { BoundedCounts } from "./boundedCounts.js";
import { hashKey, hashKeyOfPair } from "./hashKey.js";

/**
 * Document frequencies learned as documents arrive, blended with a background prior, and what each outlet repeats
 * in every article (its name, its sign-off, its newsletter pitch): the weights that keep clustering on what an
 * article is about rather than on shared boilerplate.
 */

/** Pseudo-documents the background prior is worth: it rules the first documents and fades as the corpus grows. */
const PRIOR_DOCS = 1000;
/** Prior document probability of a word the background does not know (names, rare words). */
const UNKNOWN_WORD_PRIOR = 0.002;
/** Prior of analysis features (actor ids, dyads, places, quotes) and names: rare until seen often. */
const FEATURE_PRIOR = 0.0005;
/** An outlet's paragraph seen in this many earlier articles of the outlet is boilerplate. */
const BOILERPLATE_REPEATS = 2;
/** Outlet term rates are trusted after this many articles of the outlet. */
const OUTLET_MIN_DOCS = 8;

/** A paragraph, normalised so reflowed copies of one sign-off hash alike. */
function paragraphKey(outlet: string, paragraph: string): number {
  return hashKey(`${outlet}\u0000${paragraph.toLowerCase().replace(/\s+/g, " ").trim()}`);
}

const paragraphSplit = /\n\s*\n|\n/;

export interface TermStatsState {
  docs: number;
  df: number[];
  outletDocs: [string, number][];
  outletDf: number[];
  paragraphs: number[];
}

export class TermStats {
  docs = 0;
  private readonly df: BoundedCounts;
  private readonly outletDocs = new Map<string, number>();
  private readonly outletDf: BoundedCounts;
  private readonly paragraphs: BoundedCounts;

  constructor(
    private readonly maxTerms: number,
    state?: TermStatsState,
  ) {
    this.df = BoundedCounts.fromArray(maxTerms, state?.df ?? []);
    this.outletDf = BoundedCounts.fromArray(Math.ceil(maxTerms / 2), state?.outletDf ?? []);
    this.paragraphs = BoundedCounts.fromArray(Math.ceil(maxTerms / 4), state?.paragraphs ?? []);
    this.docs = state?.docs ?? 0;
    for (const [outlet, n] of state?.outletDocs ?? []) this.outletDocs.set(outlet, n);
  }

  /**
   * Inverse document frequency of a feature: ln((N + P) / (df + P·p₀ + 0.5)) with P prior pseudo-documents and p₀
   * the background probability of the feature.
   */
  idf(key: string, hash: number): number {
    const prior = key.includes(":") ? FEATURE_PRIOR : (backgroundDocProbability(key) ?? UNKNOWN_WORD_PRIOR);
    return Math.log((this.docs + PRIOR_DOCS) / (this.df.get(hash) + PRIOR_DOCS * prior + 0.5));
  }

  /**
   * How much of a feature's weight survives as not-boilerplate for this outlet: 1 unless the outlet uses the feature
   * far more often than everyone does (its own name, its recurring slogans), then the ratio of the two rates.
   */
  outletFactor(outlet: string | null, hash: number): number {
    if (outlet === null) return 1;
    const outletN = this.outletDocs.get(outlet) ?? 0;
    if (outletN < OUTLET_MIN_DOCS) return 1;
    const outletRate = this.outletDf.get(hashKeyOfPair(outlet, hash)) / outletN;
    if (outletRate < 0.3) return 1;
    const globalRate = (this.df.get(hash) + 1) / (this.docs + 1);
    return Math.min(1, (3 * globalRate) / outletRate);
  }

  /** The text without the paragraphs this outlet has already repeated in earlier articles. */
  stripBoilerplate(outlet: string | null, text: string): string {
    if (outlet === null) return text;
    const kept = text
      .split(paragraphSplit)
      .filter((p) => p.trim() === "" || this.paragraphs.get(paragraphKey(outlet, p)) < BOILERPLATE_REPEATS);
    return kept.join("\n");
  }

  /** Counts one document's features and paragraphs. */
  observe(outlet: string | null, hashes: Iterable<number>, text: string): void {
    this.docs++;
    for (const hash of hashes) {
      this.df.increment(hash);
      if (outlet !== null) this.outletDf.increment(hashKeyOfPair(outlet, hash));
    }
    if (outlet === null) return;
    this.outletDocs.set(outlet, (this.outletDocs.get(outlet) ?? 0) + 1);
    const seen = new Set<number>();
    for (const p of text.split(paragraphSplit)) {
      if (p.trim().length < 20) continue;
      const key = paragraphKey(outlet, p);
      if (!seen.has(key)) this.paragraphs.increment(key);
      seen.add(key);
    }
  }

  toState(): TermStatsState {
    return {
      docs: this.docs,
      df: this.df.toArray(),
      outletDocs: [...this.outletDocs],
      outletDf: this.outletDf.toArray(),
      paragraphs: this.paragraphs.toArray(),
    };
  }
}
