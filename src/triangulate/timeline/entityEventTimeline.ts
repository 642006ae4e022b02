/**
 * An entity's timeline from its event mentions: every predicate (a verb or an event noun) of a sentence in which the
 * entity, or a mention referring back to it, takes part, anchored to the date of the sentence's time expression or
 * to the article's publication date (marked inferred), in date order, each with its evidence.
 *
 * Unlike `entityTimeline`, which lists the coded dyadic events of an actor, this answers "what happened to X, in
 * order" for any named thing: a company, an aircraft, a stock index, a person.
 */
import type { Mention, Span, TimeExpression } from "../../article.js";
import { splitSentences } from "../../analyze/segment/splitSentences.js";
import { sentenceDate } from "../../analyze/times/sentenceDate.js";
import { entityDescriptions } from "./entityDescriptions.js";
import type { EntityMention, TextUnit } from "./entityMentions.js";
import { entityMentions } from "./entityMentions.js";
import type { EntityNames, LinkableActor } from "./entityNames.js";
import { entityNames } from "./entityNames.js";
import type { EventDate, EventDatePrecision } from "./eventDate.js";
import { parseEventDate, spanDays } from "./eventDate.js";
import { participates } from "./participates.js";
import type { Predicate, TaggedWord } from "./predicates.js";
import { predicates, tagSentence } from "./predicates.js";

/** What the timeline reads of an article (a dossier article has it all). */
export interface EntityEventArticle {
  id: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  text: string;
  mentions: readonly Mention[];
  times: readonly TimeExpression[];
}

export interface EntityEventInput {
  articles: readonly EntityEventArticle[];
  actors: readonly LinkableActor[];
}

/**
 * One event mention of the entity.
 *
 * @example { date: "2009-06-01", precision: "day", dateEvidence: "stated", word: "filed", kind: "verb",
 *            article: "gm-1", field: "text", start: 120, end: 125, entity: { text: "GM", via: "name", … }, … }
 */
export interface EntityEventMention {
  /** The date at its own precision, or null when neither the sentence nor the article gives one. */
  date: string | null;
  precision: EventDatePrecision | null;
  /**
   * `stated` when the sentence's time expression gives the date; `inferred` when it was resolved from the publication
   * date ("Tuesday") or when the publication date stands in (then `time` is null).
   */
  dateEvidence: "stated" | "inferred" | null;
  /** The sentence's time expression the date was read from (offsets into the text), or null. */
  time: (Span & { text: string }) | null;
  /** The predicate: its words, lemma, and whether it is a verb or an event noun. */
  word: string;
  lemma: string;
  kind: "verb" | "noun";
  article: string;
  outlet: string | null;
  /** Whether the evidence is in the headline (`title`) or the clean text; offsets are into that field. */
  field: "title" | "text";
  start: number;
  end: number;
  sentence: Span & { text: string };
  /** The entity's mention the predicate was linked to, and how it names the entity. */
  entity: EntityMention;
}

export interface EntityEventOptions {
  /** `resolved` (default): the sentence's time expression, else the publication date; `publication`: always the latter. */
  dates?: "resolved" | "publication";
  /** Keep mentions no date reaches (no time expression, no publication date), after the dated ones (default true). */
  undated?: boolean;
}

interface Placed {
  mention: EntityEventMention;
  date: EventDate | null;
  published: number;
}

/** The headline, then the sentences of the clean text. */
function unitsOf(article: EntityEventArticle): TextUnit[] {
  const units: TextUnit[] = [];
  const title = article.title?.trim() ?? "";
  if (title !== "" && article.title !== null) {
    const at = article.title.indexOf(title);
    units.push({ field: "title", source: article.title, start: at, end: at + title.length });
  }
  for (const s of splitSentences(article.text))
    units.push({ field: "text", source: article.text, start: s.start, end: s.end });
  return units;
}

/**
 * The entity's event mentions across the articles, in date order (finer dates first within a span, then by
 * publication, article and position). The entity is given by name; it matches its names, the aliases of the dossier
 * actors it links to, forms read off the name, and mentions that refer back to it.
 *
 * @example entityEventTimeline(dossier, "General Motors").map((e) => `${e.date} ${e.word}`) // ["2009-06-01 filed", …]
 */
export function entityEventTimeline(
  input: EntityEventInput,
  entity: string,
  options: EntityEventOptions = {},
): EntityEventMention[] {
  const names = trustedAcronyms(entityNames(entity, input.actors), input.articles);
  if (!names.forms.length) return [];
  const perArticle = input.articles.map((article) => {
    const units = unitsOf(article);
    const direct = entityMentions(units, names, article.mentions, new Set());
    // Tagging is the costly step: only sentences that mention the entity (or follow one) are ever tagged, once.
    const tagged = units.map((u, i): TaggedWord[] | null =>
      (direct[i]?.length ?? 0) > 0 ? tagSentence(u.source, u.start, u.end) : null,
    );
    return { article, units, direct, tagged };
  });
  const descriptions = new Set<string>();
  for (const a of perArticle)
    for (const d of entityDescriptions(
      a.direct,
      a.tagged.map((t) => t ?? []),
    ))
      descriptions.add(d);
  const placed: Placed[] = [];
  for (const { article, units, tagged } of perArticle) {
    const tags = (u: number): TaggedWord[] | null => {
      const unit = units[u];
      return unit === undefined ? null : (tagged[u] ??= tagSentence(unit.source, unit.start, unit.end));
    };
    const mentions = entityMentions(units, names, article.mentions, descriptions, tags);
    const published = Date.parse(article.published ?? "");
    units.forEach((unit, u) => {
      const found = mentions[u] ?? [];
      if (!found.length) return;
      const words = tags(u) ?? [];
      const { date: value, evidence, time } = dateOf(article, unit, options.dates ?? "resolved");
      const date = parseEventDate(value);
      if (date === null && options.undated === false) return;
      for (const p of predicates(words)) {
        const linked = participates(p, found, words);
        if (linked === null) continue;
        placed.push({
          mention: mentionOf(article, unit, p, linked, date, date === null ? null : evidence, time),
          date,
          published: Number.isNaN(published) ? Number.POSITIVE_INFINITY : published,
        });
      }
    });
  }
  return placed.sort(byDate).map((p) => p.mention);
}

/** Keeps an acronym form only when some article spells the name out and uses the acronym ("General Motors … GM"). */
function trustedAcronyms(names: EntityNames, articles: readonly EntityEventArticle[]): EntityNames {
  const full = names.forms[0]?.words.join(" ") ?? "";
  const lower = articles.map((a) => `${a.title ?? ""}\n${a.text}`.toLowerCase().replace(/\s+/g, " "));
  const forms = names.forms.filter((f) => {
    if (f.acronym !== true) return true;
    const acronym = new RegExp(`\\b${f.words.join("").toUpperCase()}\\b`);
    return articles.some((a, i) => (lower[i] ?? "").includes(full) && acronym.test(`${a.title ?? ""}\n${a.text}`));
  });
  return { ...names, forms };
}

function dateOf(
  article: EntityEventArticle,
  unit: TextUnit,
  dates: "resolved" | "publication",
): { date: string | null; evidence: "stated" | "inferred"; time: (Span & { text: string }) | null } {
  const fallback = { date: article.published?.slice(0, 10) ?? null, evidence: "inferred" as const, time: null };
  if (dates === "publication" || unit.field === "title") return fallback;
  const { date, evidence } = sentenceDate(article.times, unit, article.published);
  // The expression `sentenceDate` read the date from (none when the publication date stands in).
  const t = article.times.find(
    (x) => x.start >= unit.start && x.end <= unit.end && x.value !== null && x.value === date,
  );
  return { date, evidence, time: t === undefined ? null : { start: t.start, end: t.end, text: t.text } };
}

function mentionOf(
  article: EntityEventArticle,
  unit: TextUnit,
  p: Predicate,
  entity: EntityMention,
  date: EventDate | null,
  evidence: "stated" | "inferred" | null,
  time: (Span & { text: string }) | null,
): EntityEventMention {
  return {
    date: date?.value ?? null,
    precision: date?.precision ?? null,
    dateEvidence: evidence,
    time,
    word: p.text,
    lemma: p.lemma,
    kind: p.kind,
    article: article.id,
    outlet: article.outlet,
    field: unit.field,
    start: p.start,
    end: p.end,
    sentence: { start: unit.start, end: unit.end, text: unit.source.slice(unit.start, unit.end) },
    entity,
  };
}

/** Dated before undated; earlier first day first; a finer date first; then publication, article, headline, offset. */
function byDate(a: Placed, b: Placed): number {
  if (a.date === null || b.date === null) {
    if (a.date !== b.date) return a.date === null ? 1 : -1;
  } else {
    const order = a.date.first - b.date.first || spanDays(a.date) - spanDays(b.date);
    if (order !== 0) return order;
  }
  const x = a.mention;
  const y = b.mention;
  return (
    a.published - b.published ||
    x.article.localeCompare(y.article) ||
    (x.field === y.field ? 0 : x.field === "title" ? -1 : 1) ||
    x.start - y.start
  );
}
