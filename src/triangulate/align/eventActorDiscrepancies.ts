/**
 * Actor-identity discrepancies: one act told by independent outlets that name a different actor doing it (or done to):
 * "Russia fired missiles at Kharkiv on Monday" against "Belarus fired missiles at Kharkiv on Monday".
 *
 * Precision first: a wrong "who did it" costs more trust than a missed one. Two reports are one act told with two
 * actors only when all of these hold:
 * - each is a coded event (not a joint act, whose parties are many) with both actors stated in the sentence's own
 *   words, the differing actor named by its name, alias or surname (not a pronoun, a title or a demonym);
 * - the same CAMEO code (or root and verb), the same actor on the other side of the dyad, days and places that agree;
 * - the sentences tell it in the same words, actor names left out: `sameHappening`'s bar for an act, and for a thing
 *   said (statements, criticism, appeals come from many people at once) the same sentence told twice;
 * - the two actors are of one type (state and state, person and person, group and group) and not one holding the
 *   other: two organisations of one state may be a unit and its parent ("the Justice Department", "the FBI"), a state
 *   and its army or a minister and the government are of different types, and one name inside the other ("Hamas",
 *   "Hamas's armed wing") is one actor;
 * - neither article names the other's actor in that sentence, and each gives the act to one actor only (an article
 *   giving it to both, or to a coalition, tells several acts).
 */

import type { Article, ArticleEvent, Span } from "../../article.js";
import type { Actor } from "../../analyze/actors/types.js";
import { groupLinks } from "./alignQuotes.js";
import { daysApart } from "./asOf.js";
import { statedDay, statedPlace, verbalRoots } from "./codedEventDiscrepancies.js";
import { rootOf } from "./independence.js";
import type { PlaceRef } from "./placesConflict.js";
import { placesConflict } from "./placesConflict.js";
import { nameWords, sameName } from "./sameName.js";
import type { Discrepancy } from "./types.js";
import { contentStems, overlap } from "./words.js";
import { mutualCodes } from "./alignEvents.js";

type Role = "source" | "target";
const otherRole = (role: Role): Role => (role === "source" ? "target" : "source");

/** Actor types whose members are told apart by name; places, media and "other" are not actors of an act here. */
export const namedTypes: ReadonlySet<Actor["type"]> = new Set(["person", "country", "organization", "group"]);

/** How a mention names its actor when it can carry a "who did it": the name itself, not a pronoun or a title. */
const namingKinds: ReadonlySet<string> = new Set(["name", "alias", "surname"]);

/** The wording bar of `sameHappening`, actor names left out: shared content stems and containment. */
const minShared = 3;
const minContainment = 0.5;
/**
 * The bar for a thing said (a statement, criticism, an appeal, a rejection): many people say one thing, so only the
 * same sentence told twice (five shared words, most of the shorter wording) with another speaker is one saying.
 */
const minSaidShared = 5;
const minSaidContainment = 0.6;

/** Words that tell nothing of which act a sentence reports. */
const genericWords = new Set(contentStems("said says say told according reported report reports officials"));

/** One article's act with the actor in one role, as the actor rules see it. */
export interface ActorReport {
  article: string;
  outlet: string | null;
  event: ArticleEvent;
  role: Role;
  actor: Actor;
  /** The actor's words in the sentence. */
  actorText: string;
  other: string;
  /** The verb's first word, lower-cased: "fired" and "fire" differ, which only matters when codes differ. */
  verb: string | null;
  sentence: Span;
  words: string[];
  /** Actor ids the sentence names. */
  named: Set<string>;
  day: string | null;
  place: (PlaceRef & { text: string }) | null;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * The sentence's content stems with its actor mentions, places and times blanked out: what two tellings of one act
 * share whoever they name.
 */
export function wordsWithoutActors(article: Article, sentence: Span): string[] {
  const chars = article.text.slice(sentence.start, sentence.end).split("");
  const blank = (s: Span): void => {
    for (let i = Math.max(s.start, sentence.start); i < Math.min(s.end, sentence.end); i += 1)
      chars[i - sentence.start] = " ";
  };
  for (const m of article.mentions) if (overlaps(m, sentence)) blank(m);
  for (const t of article.times) if (overlaps(t, sentence)) blank(t);
  return [...new Set(contentStems(chars.join("")).filter((w) => !genericWords.has(w)))];
}

/**
 * The mention that names the event's actor in a role, by one of `kinds`: at the coder's span when it gave one (a span
 * inside the sentence: an actor carried over from another sentence or reached through a place has none there), else
 * in the sentence.
 */
function namingMention(
  article: Article,
  event: ArticleEvent,
  role: Role,
  sentence: Span,
  kinds: ReadonlySet<string> = namingKinds,
): { text: string } | null {
  const id = event[role];
  const span = role === "source" ? event.sourceSpan : event.targetSpan;
  if (span !== undefined && (span.end <= span.start || span.start < sentence.start || span.end > sentence.end))
    return null;
  const mentions = article.mentions.filter(
    (m) =>
      m.actor === id &&
      m.channel !== true &&
      // A surname is the article's own word for a person named in full elsewhere; other inferred mentions are guesses.
      (m.evidence === "stated" || m.kind === "surname") &&
      (span === undefined ? overlaps(m, sentence) : overlaps(m, span)),
  );
  if (mentions.length === 0) return null;
  return mentions.every((m) => m.kind !== undefined && kinds.has(m.kind)) ? (mentions[0] ?? null) : null;
}

/** How the other side of the dyad may be named when the coder inferred an actor: by name, or a demonym or metonym. */
const otherSideKinds: ReadonlySet<string> = new Set([...namingKinds, "demonym", "metonym"]);

/** The coder's reciprocal reading of "X and Y clashed": the same span coded the other way round. */
function reciprocal(event: ArticleEvent, events: readonly ArticleEvent[]): boolean {
  return events.some(
    (o) =>
      o !== event &&
      o.start === event.start &&
      o.end === event.end &&
      o.source === event.target &&
      o.target === event.source,
  );
}

/**
 * Whether both actors stand in the sentence's own words: the coder says so, or, when it inferred one (it calls an
 * event inferred whenever a surname names a person), both are named there and the reading is not reciprocal.
 */
function bothInSentence(article: Article, event: ArticleEvent, role: Role, sentence: Span): boolean {
  if (event.evidence === "stated") return true;
  return (
    !reciprocal(event, article.events) &&
    namingMention(article, event, otherRole(role), sentence, otherSideKinds) !== null
  );
}

/**
 * Whether an event can carry a who-did-it: two distinct actors, not negated, and not a joint act (`mutualCodes`:
 * consult, meet, negotiate, sign, cooperate — a summit has many parties, so "X met O" and "Y met O" are both true
 * more often than not).
 */
function isAct(e: ArticleEvent): boolean {
  return (
    e.source !== null && e.target !== null && e.source !== e.target && e.negated !== true && !mutualCodes.has(e.code)
  );
}

/** The actors an article gives one act to: every event of the root with the other side in the other role. */
function actorsOf(article: Article, root: string, role: Role, other: string): Set<string> {
  return new Set(
    article.events
      .filter((e) => e.code.slice(0, 2) === root && e[otherRole(role)] === other && e[role] !== null)
      .map((e) => e[role] ?? ""),
  );
}

/**
 * The acts of a story's independent articles that can carry a who-did-it, once per role: stated acts (not said, not
 * joint, not negated), the role's actor named (not a pronoun, title or demonym) and the only one the article gives
 * the act to.
 */
export function actorReports(articles: readonly Article[], copyOf: ReadonlyMap<string, string>): ActorReport[] {
  const reports: ActorReport[] = [];
  for (const article of articles) {
    if (rootOf(article.id, copyOf) !== article.id) continue;
    const outlet = article.meta.outlet?.trim().toLowerCase() || null;
    for (const e of article.events) {
      if (!isAct(e)) continue;
      const sentence = article.sentences.find((s) => s.start <= e.start && e.start < s.end);
      if (sentence === undefined) continue;
      for (const role of ["source", "target"] as const) {
        const other = e[otherRole(role)];
        const actor = article.actors.find((a) => a.id === e[role]);
        if (other === null || actor === undefined || !namedTypes.has(actor.type)) continue;
        if (actorsOf(article, e.code.slice(0, 2), role, other).size !== 1) continue;
        const mention = namingMention(article, e, role, sentence);
        if (mention === null || !bothInSentence(article, e, role, sentence)) continue;
        reports.push({
          article: article.id,
          outlet,
          event: e,
          role,
          actor,
          actorText: mention.text,
          other,
          verb: e.verb?.trim().split(/\s+/)[0]?.toLowerCase() ?? null,
          sentence,
          words: wordsWithoutActors(article, sentence),
          named: new Set(
            article.mentions.filter((m) => overlaps(m, sentence) && m.channel !== true).map((m) => m.actor),
          ),
          day: statedDay(article, e, sentence),
          place: statedPlace(article, sentence),
        });
      }
    }
  }
  return reports;
}

/** Name words of an actor, its aliases included. */
function nameSet(actor: Actor): Set<string> {
  return new Set([actor.name, ...actor.aliases].flatMap(nameWords).filter((w) => w.length > 2));
}

/**
 * Whether two actors are two, not one told at two sizes: the same type, no shared name word ("Hamas" and "Hamas
 * armed wing"), two people who cannot be one person, two organisations of different (known) states.
 */
export function distinctActors(a: Actor, b: Actor): boolean {
  if (a.id === b.id || a.type !== b.type) return false;
  const wordsA = nameSet(a);
  if ([...nameSet(b)].some((w) => wordsA.has(w))) return false;
  switch (a.type) {
    case "person":
      return !sameName(a.name, b.name);
    case "country":
      return a.country === null || b.country === null || a.country !== b.country;
    default:
      // A unit and its parent are often both organisations of one state ("the Pentagon", "the Army").
      return a.country !== null && b.country !== null && a.country !== b.country;
  }
}

/**
 * Why two reports are not one act told with two actors, or "" when they are: the first rule that keeps them apart
 * (also used by the recall evaluation to tally misses).
 */
export function actorPairVerdict(a: ActorReport, b: ActorReport): string {
  if (a.article === b.article || (a.outlet !== null && a.outlet === b.outlet)) return "same outlet";
  if (a.role !== b.role || a.other !== b.other) return "other side differs";
  const sameCode =
    a.event.code === b.event.code ||
    (a.event.code.slice(0, 2) === b.event.code.slice(0, 2) && a.verb !== null && a.verb === b.verb);
  if (!sameCode) return "code differs";
  if (!distinctActors(a.actor, b.actor)) return "one actor (same, part or same-state organisation)";
  // An article naming the other's actor in its sentence is telling both apart, or both together.
  if (a.named.has(b.actor.id) || b.named.has(a.actor.id)) return "sentence names both actors";
  if (a.day !== null && b.day !== null && a.day !== b.day) return "stated days differ";
  const gap = daysApart(a.event.date?.slice(0, 10) ?? null, b.event.date?.slice(0, 10) ?? null);
  if (gap !== null && gap > 1) return "dates apart";
  if (a.place !== null && b.place !== null && placesConflict(a.place, b.place)) return "places differ";
  const { shared, containment } = overlap(a.words, b.words);
  const said = verbalRoots.has(a.event.code.slice(0, 2));
  const [needShared, needContainment] = said ? [minSaidShared, minSaidContainment] : [minShared, minContainment];
  return shared >= needShared && containment >= needContainment
    ? ""
    : said
      ? "wordings differ (said)"
      : "wordings differ";
}

function nameOf(articles: readonly Article[], id: string): string {
  for (const a of articles) {
    const actor = a.actors.find((x) => x.id === id);
    if (actor !== undefined) return actor.name;
  }
  return id;
}

/**
 * Actor-identity discrepancies between the coded acts of a story's independent articles. Copies are left out.
 *
 * @example eventActorDiscrepancies([a, b], new Map())
 *   // [{ kind: "actor", about: 'who did "fire missiles" (→ Ukraine)',
 *   //    variants: [{ article: "a", value: "Russia", text: "…" }, { article: "b", value: "Belarus", text: "…" }] }]
 */
export function eventActorDiscrepancies(
  articles: readonly Article[],
  copyOf: ReadonlyMap<string, string>,
): Discrepancy[] {
  const reports = actorReports(articles, copyOf);
  const links: { a: number; b: number }[] = [];
  for (let i = 0; i < reports.length; i += 1)
    for (let j = i + 1; j < reports.length; j += 1) {
      const a = reports[i];
      const b = reports[j];
      if (a !== undefined && b !== undefined && actorPairVerdict(a, b) === "") links.push({ a: i, b: j });
    }
  const result: Discrepancy[] = [];
  const seen = new Set<string>();
  for (const group of groupLinks(reports.length, links)) {
    const members = group.map((i) => reports[i]).filter((r): r is ActorReport => r !== undefined);
    // One report per article: an article in the group twice is ambiguous.
    if (members.length < 2 || new Set(members.map((r) => r.article)).size !== members.length) continue;
    const first = members[0];
    if (first === undefined) continue;
    const key = members
      .map((r) => `${r.article}:${r.event.start}`)
      .sort()
      .join("|");
    if (seen.has(key)) continue;
    seen.add(key);
    const other = nameOf(articles, first.other);
    const label = first.event.label.toLowerCase();
    result.push({
      kind: "actor",
      about: first.role === "source" ? `who did "${label}" (→ ${other})` : `to whom ${other} did "${label}"`,
      variants: members.map((r) => ({ article: r.article, value: r.actor.name, text: r.event.sentence })),
    });
  }
  return result;
}
