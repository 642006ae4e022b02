/**
 * The timelines scored: Parallax's entity event timeline (predicates the entity takes part in, dated by the times
 * stage), its coded-events timeline (events stage + times stage, through the dossier) and a sentence baseline (every
 * verb of every sentence naming the entity, anchored to the document's creation time).
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Dossier } from "../../src/dossier/dossier.js";
import { entityEventTimeline } from "../../src/triangulate/timeline/entityEventTimeline.js";
import { linkEntity } from "../../src/triangulate/timeline/entityNames.js";
import { entityTimeline } from "../../src/triangulate/timeline/entityTimeline.js";
import type { EntityTimelineEntry } from "../../src/triangulate/timeline/entityTimeline.js";
import { parseEventDate } from "../../src/triangulate/timeline/eventDate.js";
import type { TaskDocument } from "./corpus.js";
import type { PlacedToken } from "./documents.js";
import { mentionName } from "./documents.js";
import type { TimelineLine } from "./scorer.js";

/** Entity linking: the product's `linkEntity` (name, alias, multi-word ending, last word of a two-word name). */
export function entityActorIds(actors: Dossier["actors"], entity: string): string[] {
  return linkEntity(actors, entity);
}

/** Words of a verb phrase that are not the event ("has signed", "will not visit", "to strike"). */
const auxiliary = new Set(
  "has have had having will would shall should was were is are am be been being did does do not n't to can could may might must also".split(
    " ",
  ),
);

/** What the eval needs of one analysed task document. */
export interface AnalysedDocument {
  doc: TaskDocument;
  articleId: string;
  /** Task tokens placed in the article's clean text. */
  tokens: PlacedToken[];
  /** Task tokens of sentence 0 placed in the article's headline (the cleaner keeps it apart from the text). */
  titleTokens: PlacedToken[];
}

/** The task's anchor for an event date: "2005-01-18", "2005-01-XX", "2005-XX-XX", else "XXXX-XX-XX". */
export function anchorOf(value: string | null): string {
  const date = parseEventDate(value);
  if (date === null) return "XXXX-XX-XX";
  const [year = "XXXX", month = "XX", day = "XX"] = date.value.split("/")[0]?.split("-") ?? [];
  if (date.precision === "day" || date.precision === "interval") return `${year}-${month}-${day}`;
  if (date.precision === "month") return `${year}-${month}-XX`;
  if (/^\d{4}$/.test(year)) return `${year}-XX-XX`;
  return "XXXX-XX-XX";
}

/** The event word of a source: the first word of its verb phrase that is not an auxiliary. */
function eventMention(source: EntityTimelineEntry["sources"][number], doc: AnalysedDocument): string | null {
  if (source.verbStart === null || source.verb === null) return null;
  const end = source.verbStart + source.verb.length;
  const word = doc.tokens.find(
    (t) => t.start >= source.verbStart! && t.end <= end && !auxiliary.has(t.text.toLowerCase()),
  );
  return word === undefined ? null : mentionName(doc.doc.id, word);
}

/** Turns ordered entries into timeline lines: one ordinal per distinct date, undated entries at ordinal 0. */
function toLines(entries: readonly { date: string | null; mentions: string[] }[]): TimelineLine[] {
  const lines: TimelineLine[] = [];
  let ordinal = 0;
  let last: string | null = null;
  const seen = new Set<string>();
  for (const entry of entries) {
    const mentions = entry.mentions.filter((m) => !seen.has(m));
    if (!mentions.length) continue;
    for (const m of mentions) seen.add(m);
    if (entry.date === null) {
      lines.push({ ordinal: 0, anchor: "XXXX-XX-XX", events: mentions });
      continue;
    }
    if (entry.date !== last) ordinal++;
    last = entry.date;
    lines.push({ ordinal, anchor: anchorOf(entry.date), events: mentions });
  }
  return lines;
}

export type DateSource = "resolved" | "publication";

/**
 * Parallax's timeline of an entity: `entityTimeline` over the dossier, each report's event word as a mention.
 * With `dates: "publication"` the resolved dates are replaced by the article's publication date (ablation).
 */
export function parallaxTimeline(
  dossier: Dossier,
  entity: string,
  byArticle: ReadonlyMap<string, AnalysedDocument>,
  dates: DateSource = "resolved",
): TimelineLine[] {
  const ids = entityActorIds(dossier.actors, entity);
  if (!ids.length) return [];
  const entries = entityTimeline(dossier, ids);
  const items = entries.flatMap((entry) => {
    const reports = entry.sources.flatMap((s) => {
      const doc = byArticle.get(s.article);
      const mention = doc === undefined ? null : eventMention(s, doc);
      return mention === null || doc === undefined ? [] : [{ mention, dct: doc.doc.dct }];
    });
    if (dates === "resolved") return [{ date: entry.date, mentions: reports.map((r) => r.mention) }];
    return reports.map((r) => ({ date: r.dct, mentions: [r.mention] }));
  });
  if (dates === "publication") items.sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""));
  return toLines(items);
}

/**
 * Parallax's entity event timeline (`entityEventTimeline`): every predicate the entity takes part in, each anchored
 * to its sentence's date; one ordinal per distinct date. With `dates: "publication"`, publication dates only.
 */
export function eventMentionTimeline(
  dossier: Dossier,
  entity: string,
  byArticle: ReadonlyMap<string, AnalysedDocument>,
  dates: DateSource = "resolved",
): TimelineLine[] {
  const entries = entityEventTimeline(dossier, entity, { dates });
  const items = entries.flatMap((e) => {
    const doc = byArticle.get(e.article);
    if (doc === undefined) return [];
    const tokens = e.field === "title" ? doc.titleTokens : doc.tokens;
    // A phrasal verb ("rolled out") is one mention, its tokens joined by "_" as the task writes them.
    const inside = tokens.filter((t) => t.start >= e.start && t.end <= e.end);
    const first = inside[0] ?? tokens.find((t) => t.start <= e.start && t.end >= e.end);
    if (first === undefined) return [];
    const text = inside.length > 1 ? inside.map((t) => t.text).join("_") : first.text;
    return [{ date: e.date, mentions: [mentionName(doc.doc.id, { sentence: first.sentence, text })] }];
  });
  return toLines(items);
}

const nlp = winkNLP(model);
const its = nlp.its;

/** Whether a sentence's tokens hold the entity's tokens in a row (case-insensitive). */
function names(tokens: readonly string[], entity: readonly string[]): boolean {
  const lower = tokens.map((t) => t.toLowerCase());
  for (let i = 0; i + entity.length <= lower.length; i++) if (entity.every((e, j) => lower[i + j] === e)) return true;
  return false;
}

/** The verbs of one sentence (wink-nlp's part-of-speech tags) as task token indexes. */
function verbTokens(tokens: readonly string[]): number[] {
  const doc = nlp.readDoc(tokens.join(" "));
  const words = doc.tokens().out();
  const tags = doc.tokens().out(its.pos);
  const out: number[] = [];
  let cursor = 0;
  words.forEach((word, i) => {
    const at = tokens.indexOf(word, cursor);
    if (at === -1) return;
    cursor = at + 1;
    if (tags[i] === "VERB" && !auxiliary.has(word.toLowerCase())) out.push(at);
  });
  return out;
}

/**
 * The baseline: every verb of every sentence naming the entity (its full name), anchored to the creation time of
 * its document; documents in date order, the events of one date simultaneous.
 */
export function sentenceBaseline(documents: readonly TaskDocument[], entity: string): TimelineLine[] {
  const entityTokens = entity.toLowerCase().split(/\s+/);
  const items = [...documents]
    .sort((a, b) => a.dct.localeCompare(b.dct) || Number(a.id) - Number(b.id))
    .flatMap((doc) =>
      doc.sentences.flatMap((tokens, sentence) =>
        names(tokens, entityTokens)
          ? [
              {
                date: doc.dct,
                mentions: verbTokens(tokens).map((i) => mentionName(doc.id, { sentence, text: tokens[i] ?? "" })),
              },
            ]
          : [],
      ),
    );
  return toLines(items);
}
