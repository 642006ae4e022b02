import type { Article } from "./article.js";
import type { KnownPeople, Registry } from "./analyze/actors/index.js";

/** Read-only context shared by all stages of one run (registry, dictionaries, limits). */
export interface Context {
  /** Articles whose clean text is longer are truncated, with a message. */
  readonly maxTextChars: number;
  /** The actors registry (shipped dictionaries plus a user file); the shipped one is loaded on first use without it. */
  readonly registry?: Registry;
  /** People named so far in this run, so a later article's bare "Rubio" finds Marco Rubio; one per run, never shared. */
  readonly knownPeople?: KnownPeople;
}

export const defaultContext: Context = { maxTextChars: 2_000_000 };

/**
 * A stage reads and fills the shared per-article object. It never throws on text: "nothing found" is an
 * empty list; warnings go to `article.messages`.
 */
export interface Stage {
  readonly name: string;
  run(article: Article, ctx: Context): void;
}
