/**
 * Happenings: what a sentence reports happening (an attack, a shooting, a raid, a march), told by several outlets,
 * recognised as one real-world event even when the coder's actors are generic or unnamed ("a gunman", "police",
 * "a 61-year-old man") and so cannot be matched by who did what to whom.
 *
 * A happening report is one sentence of one independent article with a coded act of one CAMEO root (not a thing
 * said: statements are repeated day after day), the one place the sentence states after "in"/"at", and the one day
 * it writes out. Two reports of different outlets are one happening when they share the root and tell it in the same
 * words: the place and the day are left out of the comparison, so a different place or day is never what keeps two
 * reports apart (it is what a discrepancy then reports).
 */

import type { Article } from "../../article.js";
import type { PlaceRef } from "./placesConflict.js";
import { rootOf } from "./independence.js";
import { statedDay, statedPlace, verbalRoots } from "./codedEventDiscrepancies.js";
import { contentStems, overlap } from "./words.js";

export interface HappeningReport {
  article: string;
  outlet: string | null;
  /** CAMEO root of the act ("19": fight). */
  root: string;
  /** The sentence, as the article words it. */
  text: string;
  start: number;
  end: number;
  /** Content stems of the sentence without its places and times: what the comparison sees. */
  words: string[];
  /** Named participants of the sentence (people, organisations, named things; not states, places or sectors). */
  named: string[];
  /** The day the sentence writes out for the act (YYYY-MM-DD), or null. */
  day: string | null;
  /** The place the sentence states after "in"/"at", or null. */
  place: (PlaceRef & { text: string; actor: string }) | null;
}

/**
 * How two reports' wordings must agree (places and times left out): shared content stems, and those over the
 * smaller wording. Judged on ECB+ and the US political stories: reports of one shooting or one bombing share five
 * or more ("three young men … cousins … died … Israelis bombed … Asma … school"), reports of two marches in two
 * cities share the generic words of a march ("protesters", "police", "streets").
 */
const minSharedWords = 5;
const minContainment = 0.5;
/** With a named participant in both sentences ("Zurana Horton was killed"), fewer shared words suffice. */
const minSharedWithNamed = 3;

/** Words that tell nothing about which happening a sentence reports: attribution and vague time. */
const genericWords = new Set(
  contentStems("said says say told according reported report reports police officials authorities people man woman"),
);

const namedPrefixes = ["person:", "org:", "named:", "group:"];

/** The sentence's content stems, with the words of its place mentions and time expressions blanked out. */
function wordsWithoutPlacesAndTimes(article: Article, sentence: { start: number; end: number }): string[] {
  const chars = article.text.slice(sentence.start, sentence.end).split("");
  const blank = (s: { start: number; end: number }): void => {
    for (let i = Math.max(s.start, sentence.start); i < Math.min(s.end, sentence.end); i += 1)
      chars[i - sentence.start] = " ";
  };
  for (const m of article.mentions) if (m.kind === "place" || m.actor.startsWith("place:")) blank(m);
  for (const t of article.times) blank(t);
  return [...new Set(contentStems(chars.join("")).filter((w) => !genericWords.has(w)))];
}

/**
 * The happening reports of a story's independent articles (copies left out): one per sentence and CAMEO root of a
 * coded act that is not negated and not a thing said.
 *
 * @example happeningReports([a, b], new Map())[0] // { article: "a", root: "19", place: { name: "Vancouver", … }, … }
 */
export function happeningReports(articles: readonly Article[], copyOf: ReadonlyMap<string, string>): HappeningReport[] {
  const reports: HappeningReport[] = [];
  for (const article of articles) {
    if (rootOf(article.id, copyOf) !== article.id) continue;
    const outlet = article.meta.outlet?.trim().toLowerCase() || null;
    for (const sentence of article.sentences) {
      const events = article.events.filter(
        (e) =>
          e.start >= sentence.start &&
          e.start < sentence.end &&
          e.negated !== true &&
          !verbalRoots.has(e.code.slice(0, 2)),
      );
      if (events.length === 0) continue;
      const place = statedPlace(article, sentence);
      const named = [
        ...new Set(
          article.mentions
            .filter(
              (m) =>
                m.start >= sentence.start &&
                m.end <= sentence.end &&
                m.kind !== "place" &&
                m.channel !== true &&
                namedPrefixes.some((p) => m.actor.startsWith(p)),
            )
            .map((m) => m.actor),
        ),
      ];
      const words = wordsWithoutPlacesAndTimes(article, sentence);
      for (const root of new Set(events.map((e) => e.code.slice(0, 2)))) {
        const days = new Set(
          events
            .filter((e) => e.code.startsWith(root))
            .map((e) => statedDay(article, e, sentence))
            .filter((d): d is string => d !== null),
        );
        reports.push({
          article: article.id,
          outlet,
          root,
          text: article.text.slice(sentence.start, sentence.end),
          start: sentence.start,
          end: sentence.end,
          words,
          named,
          day: days.size === 1 ? ([...days][0] ?? null) : null,
          place,
        });
      }
    }
  }
  return reports;
}

/**
 * Whether two reports of different outlets tell one happening: the same CAMEO root, and the same words around it
 * (five content words and half the shorter wording; three when both name the same participant). Places and days are
 * not compared here.
 *
 * @example sameHappening(vancouverParty, torontoParty) // true: "ex-employee opened fire at the office Christmas party"
 */
export function sameHappening(a: HappeningReport, b: HappeningReport): boolean {
  if (a.article === b.article || (a.outlet !== null && a.outlet === b.outlet) || a.root !== b.root) return false;
  const { shared, containment } = overlap(a.words, b.words);
  if (containment < minContainment) return false;
  if (shared >= minSharedWords) return true;
  return shared >= minSharedWithNamed && a.named.some((n) => b.named.includes(n));
}
