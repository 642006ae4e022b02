import { stemmer } from "stemmer";
import { STOP_WORDS } from "./stopWords.js";
import type { ClusterDoc } from "./types.js";

/**
 * The weighted features of a document, before IDF: stemmed content words from the title, the URL slug and the lead
 * of the text, multi-word names ("Paul Ryan"), and when the analysis stages ran, actor ids, event dyads with their
 * code, places and quoted words. Each feature is a string key with a raw term frequency.
 */

/** A word token: letters or digits, with inner apostrophes or hyphens ("don't", "al-Assad"). */
const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** Punctuation that ends a name run ("Obama. Congress" is two names). */
const breakPattern = /[.!?:;,()"“”]/;
/** Possessive endings folded away so "Ryan's" is "Ryan". */
const possessivePattern = /['’]s$/u;
/** Pure numbers carry no topic on their own (counts and years are too common across stories). */
const numberPattern = /^\p{N}+$/u;
const upperStartPattern = /^\p{Lu}/u;

/** How much a title word counts against a body word: headlines say what the story is. */
const TITLE_WEIGHT = 3;
/** Body words in the lead count more than later ones (inverted pyramid). */
const LEAD_WORDS = 120;
const LEAD_WEIGHT = 1.5;
/** Body words read at most: past this point articles drift into background. */
const MAX_BODY_WORDS = 700;
/**
 * Weight of an actor, event or place feature from the analysis, in term-frequency units. The ids repeat names the
 * words already carry: at 1 the analysed path lost 0.006–0.011 B-cubed F1 on the full-text sets against text alone,
 * at 0.5 it matches it (eval/clustering/ABLATIONS.md).
 */
const ANALYSIS_WEIGHT = 0.5;
/** Quote shingles are rare features: at full weight they crowd the words out of a 48-entry vector. */
const QUOTE_WEIGHT = 0.3;
const MAX_QUOTE_SHINGLES = 24;

/** A bounded stem cache: stemming dominates feature extraction, and news vocabulary repeats. */
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

/**
 * The stem of a lower-case word, cached.
 *
 * @example stemWord("elections") // "elect"
 */
export function stemWord(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = stemmer(word);
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, stem);
  }
  return stem;
}

/** True when a lower-case word is kept as a content word. */
export function isContentWord(lower: string): boolean {
  return lower.length > 1 && !STOP_WORDS.has(lower) && !numberPattern.test(lower);
}

/** Raw feature frequencies of a document. */
export type FeatureCounts = Map<string, number>;

function bump(counts: FeatureCounts, key: string, by: number): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

/**
 * Adds the words and names of a text. `weightAt(i)` gives the weight of the i-th word. Names are runs of two or
 * more capitalised content words ("House Budget Committee" → "e:hous_budget_committe"), skipped in
 * Title Case text where every word is capitalised.
 */
function addText(counts: FeatureCounts, text: string, maxWords: number, weightAt: (i: number) => number): void {
  const tokens: { lower: string; upper: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(wordPattern)) {
    if (tokens.length >= maxWords) break;
    const index = match.index;
    const gap = text.slice(last, index);
    last = index + match[0].length;
    const word = match[0].replace(possessivePattern, "");
    // A break between words is recorded as a lower-case pseudo token so it ends a name run.
    if (breakPattern.test(gap) || gap.includes("\n")) tokens.push({ lower: "", upper: false });
    tokens.push({ lower: word.toLowerCase(), upper: upperStartPattern.test(word) });
  }
  const words = tokens.filter((t) => t.lower !== "");
  const titleCase = words.length >= 4 && words.filter((t) => t.upper).length / words.length > 0.6;
  let run: string[] = [];
  let runWeight = 0;
  const flush = (): void => {
    if (run.length >= 2 && run.length <= 4) bump(counts, `e:${run.join("_")}`, runWeight / run.length);
    run = [];
    runWeight = 0;
  };
  tokens.forEach((token, i) => {
    const weight = weightAt(i);
    const content = isContentWord(token.lower);
    if (content) bump(counts, stemWord(token.lower), weight);
    if (titleCase) return;
    if (token.upper && content) {
      run.push(stemWord(token.lower));
      runWeight += weight;
    } else flush();
  });
  flush();
}

/** A path segment made of hyphen- or underscore-joined words: a slug that usually repeats the headline. */
const slugPattern = /^[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+)+$/u;
/** A slug word that says something: three or more letters ("bt-co-20140310" is an id, not a slug). */
const slugWordPattern = /^\p{L}{3,}$/u;
/** A long token with a digit in a slug is an id ("5c2d3767e4b0"), not a word; "mh370" and "2014" stay. */
const slugIdPattern = /^(?=.*\p{N})[\p{L}\p{N}]{7,}$/u;
/** Slugs with fewer real words are ids or section names ("tech-news"). */
const MIN_SLUG_WORDS = 3;

/**
 * The words of a URL's slug segments, lower-cased, one slug a sentence; "" when it has none or is not a URL.
 *
 * @example slugText("https://x.com/2014/03/mt-gox-files-for-bankruptcy/") // "mt gox files for bankruptcy"
 */
export function slugText(url: string | null): string {
  if (url === null) return "";
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return "";
  }
  const words: string[] = [];
  for (const segment of path.split(/[/,;]/)) {
    let stem = segment.replace(/\.[a-z]{2,5}$/iu, "");
    try {
      stem = decodeURIComponent(stem);
    } catch {
      continue;
    }
    if (!slugPattern.test(stem)) continue;
    const parts = stem
      .toLowerCase()
      .split(/[-_]/)
      .filter((w) => !slugIdPattern.test(w));
    if (parts.filter((w) => slugWordPattern.test(w)).length >= MIN_SLUG_WORDS) words.push(parts.join(" "));
  }
  return words.join(". ");
}

/** Word 4-grams of a quote, hashed into short keys: the same quoted words in two reports. */
function addQuote(counts: FeatureCounts, quote: string, budget: { left: number }): void {
  const words = (quote.toLowerCase().match(wordPattern) ?? []).filter((w) => w.length > 1);
  for (let i = 0; i + 4 <= words.length && budget.left > 0; i += 2) {
    bump(counts, `q:${words.slice(i, i + 4).join(" ")}`, QUOTE_WEIGHT);
    budget.left--;
  }
}

/**
 * The raw feature counts of a document.
 *
 * @example documentFeatures({ id: "1", published: null, title: "Ryan rebuked", text: "Paul Ryan was…" })
 *   // Map { "ryan" => 4.5, "rebuk" => 3, "e:paul_ryan" => 1.5, … }
 */
export function documentFeatures(doc: ClusterDoc): FeatureCounts {
  const counts: FeatureCounts = new Map();
  addText(counts, doc.title, 40, () => TITLE_WEIGHT);
  addText(counts, doc.text, MAX_BODY_WORDS, (i) => (i < LEAD_WORDS ? LEAD_WEIGHT : 1));
  // A slug is the headline as the outlet wrote it, often untruncated: it counts like the title.
  addText(counts, slugText(doc.url ?? null), 40, () => TITLE_WEIGHT);
  for (const actor of doc.actors ?? []) bump(counts, `a:${actor}`, ANALYSIS_WEIGHT);
  for (const place of doc.places ?? []) bump(counts, `p:${place.toLowerCase()}`, ANALYSIS_WEIGHT);
  // Only events with both sides known, without their date: one-sided and dated dyads are near-unique per article
  // and diluted the vector (B-cubed F1 BASIL 0.851 with them, 0.956 without).
  for (const event of doc.events ?? []) {
    if (event.source === null || event.target === null) continue;
    bump(counts, `v:${event.code.slice(0, 2)}:${event.source}>${event.target}`, ANALYSIS_WEIGHT);
  }
  const budget = { left: MAX_QUOTE_SHINGLES };
  for (const quote of doc.quotes ?? []) addQuote(counts, quote, budget);
  return counts;
}
