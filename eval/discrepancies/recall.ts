/**
 * Recall of the cross-outlet discrepancies by controlled perturbation of real coverage. For each gold story (BASIL,
 * PAC, NewsWCL50, ECB+), the facts that two or more outlets share after alignment (aligned figures, aligned quotes,
 * story events and event frames with a day or a place) are the candidates; per story and kind, one candidate is
 * drawn (seeded) and ONE edit is made in one article's clean text at the fact's words (figure × 1.5, day moved by
 * one, place swapped for another city, speaker replaced by another person the article names, "not" inserted into
 * the quote). The edited article alone is analysed again by the pipeline (same meta, same registry, the run's
 * memory of people read but not written), the story is aligned again, and the edit counts as detected when a
 * discrepancy of its kind names the edited article and was not there when the unedited text was analysed the same
 * way (the control). Misses are split by where the edit was lost: not read by the per-article stages, not aligned
 * with the other outlets' fact, or aligned but not reported by the discrepancy rules.
 *
 * Usage: npx tsx eval/discrepancies/recall.ts [--seed S] [--stories N] [--misses K] [--hits K] [--datasets basil,pac,…]
 *   --stories N  a seeded sample of N gold stories (default: all)
 *   --misses K   print the misses of kind K (number, date, place, attribution, quote, or all) with the words
 *   --hits K     print the discrepancies that detected the edits of kind K (or all), with their values
 * Article text is printed to the console only, never written to a file.
 */

import type { Article, ArticleEvent } from "../../src/article.js";
import type { KnownPeople } from "../../src/analyze/actors/index.js";
import { runPipeline } from "../../src/pipeline.js";
import type { Context } from "../../src/stage.js";
import { alignClaims } from "../../src/triangulate/align/alignClaims.js";
import { alignEvents } from "../../src/triangulate/align/alignEvents.js";
import { alignQuotes } from "../../src/triangulate/align/alignQuotes.js";
import { locativeBefore } from "../../src/triangulate/align/codedEventDiscrepancies.js";
import { discrepancies } from "../../src/triangulate/align/discrepancies.js";
import {
  actorPairVerdict,
  actorReports,
  wordsWithoutActors,
} from "../../src/triangulate/align/eventActorDiscrepancies.js";
import { overlap } from "../../src/triangulate/align/words.js";
import { eventGroups } from "../../src/triangulate/align/eventDiscrepancies.js";
import { magnitudeClaims } from "../../src/triangulate/align/magnitudes.js";
import { sameName } from "../../src/triangulate/align/sameName.js";
import type { Discrepancy } from "../../src/triangulate/align/types.js";
import { seededRandom } from "../clustering/datasets.js";
import { attributionReason, negationReason, numberReason } from "./missReasons.js";
import type { Edit, EditKind } from "./perturb.js";
import {
  actorEdit,
  applyEdit,
  dateEdit,
  eventClass,
  namingMentionOf,
  negationEdit,
  numberEdit,
  placeEdit,
  speakerEdit,
} from "./perturb.js";
import type { GoldStory } from "./stories.js";
import { basilStories, ecbPlusStories, newsWclStories, pacStories } from "./stories.js";

const kinds: readonly EditKind[] = ["number", "date", "place", "attribution", "quote", "actor"];
const noCopies = new Map<string, string>();

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

/** The facts of one story that two or more outlets share, per kind, and the edits they allow. */
interface Candidates {
  facts: Record<EditKind, number>;
  edits: Record<EditKind, Edit[]>;
}

const sentenceAt = (article: Article, at: number): { start: number; end: number } | undefined =>
  article.sentences.find((s) => s.start <= at && at < s.end);

const isDayValue = (value: string | null): boolean => value !== null && /^\d{4}-\d{2}-\d{2}/.test(value);

/**
 * Content words (actors, places and times left out) another outlet's sentence must share with the edited one for a
 * reader to see that both tell one act: fewer than the actor rule asks (three and half the shorter wording).
 */
const minActShared = 2;

function wordsOf(article: Article, event: ArticleEvent): string[] {
  const sentence = sentenceAt(article, event.start);
  return sentence === undefined ? [] : wordsWithoutActors(article, sentence);
}

/** Every shared fact of a story and every edit it allows (one per fact and article). */
function candidates(story: GoldStory): Candidates {
  const byId = new Map(story.articles.map((a) => [a.id, a]));
  const storyText = story.articles.map((a) => a.text).join("\n");
  const facts: Record<EditKind, number> = { number: 0, date: 0, place: 0, attribution: 0, quote: 0, actor: 0 };
  const edits: Record<EditKind, Edit[]> = { number: [], date: [], place: [], attribution: [], quote: [], actor: [] };
  const add = (e: Edit | null): void => {
    if (e !== null && !edits[e.kind].some((x) => x.article === e.article && x.start === e.start)) edits[e.kind].push(e);
  };
  // The other speaker: a fixed stride through the article's people, deterministic without drawing from the seed.
  let pickSeed = 0;
  const pick = (n: number): number => (n === 0 ? 0 : (pickSeed++ * 7919) % n);

  for (const claim of alignClaims(story.articles, noCopies)) {
    if (new Set(claim.values.map((v) => v.article)).size < 2) continue;
    facts.number += 1;
    for (const v of claim.values) {
      const article = byId.get(v.article);
      if (article !== undefined) add(numberEdit(article, v));
    }
  }
  for (const quote of alignQuotes(story.articles, noCopies)) {
    if (new Set(quote.variants.map((v) => v.article)).size < 2) continue;
    facts.quote += 1;
    if (quote.speaker !== null) facts.attribution += 1;
    for (const v of quote.variants) {
      const article = byId.get(v.article);
      if (article === undefined) continue;
      const others = quote.variants.filter((x) => x.article !== v.article).map((x) => x.text);
      add(negationEdit(article, v.text, others));
      if (quote.speaker !== null) add(speakerEdit(article, v.text, pick));
    }
  }
  // Story events (coded events of 2+ publishers): a day or a place stated by this outlet and by another.
  for (const event of alignEvents(story.articles, noCopies)) {
    if (event.publishers < 2) continue;
    const dated = event.evidence.filter((e) => e.date !== null && e.dateEvidence === "stated");
    const placed = event.evidence.filter((e) => e.place !== null);
    if (new Set(dated.map((e) => e.article)).size >= 2) facts.date += 1;
    if (new Set(placed.map((e) => e.article)).size >= 2) facts.place += 1;
    for (const ev of event.evidence) {
      const article = byId.get(ev.article);
      const sentence = article === undefined ? undefined : sentenceAt(article, ev.start);
      if (article === undefined || sentence === undefined) continue;
      if (dated.some((d) => d.article !== ev.article) && ev.dateEvidence === "stated") {
        const days = article.times.filter(
          (t) => t.start >= sentence.start && t.end <= sentence.end && t.precision === "day" && isDayValue(t.value),
        );
        const time = days.find((t) => t.value?.slice(0, 10) === ev.date?.slice(0, 10)) ?? days[0];
        if (time !== undefined) add(dateEdit(article, time, "story-event"));
      }
      if (placed.some((p) => p.article !== ev.article) && ev.place !== null) {
        // Where the event took place: a place after "in"/"at", not "from Brownsville to San Diego" or "a Vancouver man".
        const places = article.mentions.filter(
          (m) =>
            m.kind === "place" &&
            m.channel !== true &&
            m.start >= sentence.start &&
            m.end <= sentence.end &&
            locativeBefore.test(article.text.slice(Math.max(sentence.start, m.start - 30), m.start)),
        );
        const mention = places.find((m) => m.text === ev.place) ?? places[0];
        if (mention !== undefined) add(placeEdit(article, mention, storyText, "story-event"));
      }
    }
  }
  // Story events whose actor in one role two outlets name (not a pronoun or a title): that actor swapped in one.
  const storyActors = story.articles.flatMap((a) => a.actors);
  const outletOf = (id: string): string => byId.get(id)?.meta.outlet?.trim().toLowerCase() || id;
  for (const event of alignEvents(story.articles, noCopies)) {
    if (event.publishers < 2) continue;
    for (const role of ["source", "target"] as const) {
      const naming = event.evidence.flatMap((ev) => {
        const article = byId.get(ev.article);
        const e = article?.events.find((x) => x.start === ev.start && x.end === ev.end && x.code === ev.code);
        if (article === undefined || e === undefined || e[role] !== event[role] || e[role] === null) return [];
        return namingMentionOf(article, e, role) === null ? [] : [{ article, e }];
      });
      const outlets = new Set(naming.map((n) => outletOf(n.article.id)));
      if (outlets.size < 2) continue;
      facts.actor += 1;
      for (const { article, e } of naming) {
        // Checkable: another outlet tells the act in words this sentence shares (besides the actors' names).
        const mine = wordsOf(article, e);
        const others = naming.filter((n) => outletOf(n.article.id) !== outletOf(article.id));
        if (!others.some((n) => overlap(mine, wordsOf(n.article, n.e)).shared >= minActShared)) continue;
        add(actorEdit(article, e, role, storyActors, true, pick));
      }
    }
  }
  // Event frames (talks opening, meetings, earthquakes) of 2+ articles, with a day or a place bound to the trigger.
  for (const group of eventGroups(story.articles, noCopies)) {
    const dated = group.filter((f) => f.date !== null);
    const placed = group.filter((f) => f.place !== null);
    if (dated.length >= 2) facts.date += 1;
    if (placed.length >= 2) facts.place += 1;
    for (const f of group) {
      const article = byId.get(f.article);
      if (article === undefined) continue;
      if (f.dateText !== null && dated.length >= 2) {
        const time = article.times.find((t) => t.text === f.dateText && t.start >= f.start && t.end <= f.end);
        if (time !== undefined) add(dateEdit(article, time, "event-frame"));
      }
      if (f.place !== null && placed.length >= 2) {
        const mention = article.mentions.find((m) => m.actor === f.place && m.start >= f.start && m.end <= f.end);
        if (mention !== undefined) add(placeEdit(article, mention, storyText, "event-frame"));
      }
    }
  }
  return { facts, edits };
}

/** The run's memory of people, readable but not written: each edit is analysed against the same memory. */
function frozenContext(context: Context): Context {
  const memory = context.knownPeople;
  if (memory === undefined) return context;
  const frozen = Object.create(memory, { remember: { value: (): void => undefined } }) as KnownPeople;
  return { ...context, knownPeople: frozen };
}

function reanalyse(article: Article, text: string, context: Context): Article | null {
  const result = runPipeline(
    { source: article.source, id: article.id, format: "text", body: text, meta: article.raw.meta },
    context,
  );
  return "reason" in result ? null : result;
}

const replaced = (articles: readonly Article[], by: Article): Article[] =>
  articles.map((a) => (a.id === by.id ? by : a));

const findingKey = (d: Discrepancy): string =>
  [d.kind, d.about, ...d.variants.map((v) => `${v.article}=${v.value}`)].join("\u0000");

/** How far from the edited speaker the re-read quote may start (characters). */
const nearbyChars = 400;

type Outcome = "detected" | "not read" | "not aligned" | "not reported";

const near = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-6);

/** Why an event is not one the actor rules compare in a role: the first condition it fails, or "" when it is one. */
function leftOut(article: Article, event: ArticleEvent, role: "source" | "target"): string {
  if (event.negated === true) return "negated";
  if (eventClass(event.code) === "joint") return "a joint act";
  if (namingMentionOf(article, event, role) === null) return "actor not named";
  const rolesActors = actorReports([article], noCopies).filter((r) => r.event === event && r.role === role);
  if (rolesActors.length > 0) return "";
  return event.evidence === "inferred"
    ? "coder inferred an actor not named in the sentence"
    : "act given to two actors";
}

/**
 * Where an actor edit was lost: the edited article no longer codes the act with the new actor (not read), its act
 * is one the rules leave out, the other outlets' reports of the act (their events of the same root with the same
 * other side and the original actor) are left out, or the first rule that kept them apart.
 */
function actorMiss(
  edit: Edit,
  story: readonly Article[],
  edited: Article,
): { outcome: Exclude<Outcome, "detected">; why: string } {
  const roleAt = (e: ArticleEvent): "source" | "target" | null =>
    e.sourceSpan?.start === edit.start ? "source" : e.targetSpan?.start === edit.start ? "target" : null;
  const at = edited.events.find((e) => {
    const role = roleAt(e);
    return role !== null && sameName(edited.actors.find((a) => a.id === e[role])?.name ?? null, edit.to);
  });
  const role = at === undefined ? null : roleAt(at);
  if (at === undefined || role === null) return { outcome: "not read", why: "" };
  const other = role === "source" ? "target" : "source";
  const mineLeftOut = leftOut(edited, at, role);
  if (mineLeftOut !== "") return { outcome: "not reported", why: `edited: ${mineLeftOut}` };
  const mine = actorReports([edited], noCopies).filter((r) => r.event === at && r.role === role);
  const theirs = story
    .filter((a) => a.id !== edit.article)
    .flatMap((a) =>
      a.events
        .filter(
          (e) =>
            e.code.slice(0, 2) === at.code.slice(0, 2) &&
            e[other] === at[other] &&
            sameName(a.actors.find((x) => x.id === e[role])?.name ?? null, edit.from),
        )
        .map((e) => ({ a, e })),
    );
  if (theirs.length === 0) return { outcome: "not reported", why: "no other outlet codes the act alike" };
  const compared = theirs.filter(({ a, e }) => leftOut(a, e, role) === "");
  if (compared.length === 0)
    return { outcome: "not reported", why: `other: ${leftOut(theirs[0]?.a ?? edited, theirs[0]?.e ?? at, role)}` };
  const others = actorReports(
    compared.map((c) => c.a),
    noCopies,
  ).filter((r) => compared.some((c) => c.e === r.event) && r.role === role);
  const verdicts = mine.flatMap((r) => others.map((o) => actorPairVerdict(r, o)));
  return { outcome: "not reported", why: verdicts.sort()[0] ?? "?" };
}

/** Where an undetected edit was lost: the per-article stages, the alignment, or the discrepancy rules. */
function diagnose(
  edit: Edit,
  story: readonly Article[],
  original: Article,
  edited: Article,
): { outcome: Exclude<Outcome, "detected">; why: string } {
  const to = Number(edit.to);
  const others = story.filter((a) => a.id !== edit.article);
  const lost = (outcome: Exclude<Outcome, "detected">, why = ""): { outcome: typeof outcome; why: string } => ({
    outcome,
    why,
  });
  switch (edit.kind) {
    case "number": {
      if (![...edited.claims, ...magnitudeClaims(edited)].some((c) => near(c.quantity, to))) return lost("not read");
      const aligned = alignClaims(story, noCopies).some(
        (c) =>
          c.values.some((v) => v.article === edit.article && near(v.quantity, to)) &&
          c.values.some((v) => v.article !== edit.article),
      );
      return aligned ? lost("not reported") : lost("not aligned", numberReason(edit, original, edited, others));
    }
    case "quote": {
      const read = edited.quotes.some((q) => q.text.includes(edit.replacement));
      if (!read) return lost("not read");
      const aligned = alignQuotes(story, noCopies).some(
        (q) =>
          q.variants.some((v) => v.article === edit.article && v.text.includes(edit.replacement)) &&
          q.variants.some((v) => v.article !== edit.article),
      );
      return aligned ? lost("not reported", negationReason(edit, edited, others)) : lost("not aligned");
    }
    case "attribution": {
      const read = edited.quotes.some((q) => {
        const name = edited.actors.find((a) => a.id === q.speaker)?.name ?? q.speakerText;
        return Math.abs(q.start - edit.start) <= nearbyChars && sameName(name, edit.to);
      });
      return read ? lost("not reported", attributionReason(edit, edited, others)) : lost("not read");
    }
    case "date":
      return edited.times.some((t) => t.value?.startsWith(edit.to) === true) ? lost("not reported") : lost("not read");
    case "place":
      return edited.mentions.some((m) => m.text === edit.to) ? lost("not reported") : lost("not read");
    case "actor":
      return actorMiss(edit, story, edited);
  }
}

interface Result {
  story: GoldStory;
  edit: Edit;
  outcome: Outcome;
  /** For a miss: the first rule that kept the edited fact apart (see missReasons.ts). */
  why: string;
  found: Discrepancy[];
}

function printMiss(r: Result, original: Article | undefined): void {
  const e = r.edit;
  const sentence = original === undefined ? undefined : sentenceAt(original, e.start);
  const text =
    original === undefined || sentence === undefined ? "" : original.text.slice(sentence.start, sentence.end);
  console.log(
    `\n[${r.story.dataset} ${r.story.id}] ${e.kind} (${e.fact}) ${r.outcome}${r.why === "" ? "" : ` (${r.why})`}: ${e.article} ${e.from} → ${e.to}` +
      `\n  « ${text.replace(/\s+/g, " ").trim()} »\n  edit: "${original?.text.slice(e.start, e.end) ?? ""}" → "${e.replacement}"`,
  );
  for (const other of r.story.articles.filter((a) => a.id !== e.article)) {
    const shared = other.text.includes(original?.text.slice(e.start, e.end) ?? "\u0000")
      ? " (holds the edited words)"
      : "";
    console.log(`  other: ${other.id}${shared}`);
  }
  for (const d of r.found) console.log(`  found: ${d.kind} ${d.about} ${d.variants.map((v) => v.article).join(",")}`);
  // A quote: the other outlets' wordings it was aligned with before the edit (for an attribution, with the speaker
  // each names: the quote nearest the edited speaker).
  if (e.kind === "quote" && original !== undefined) {
    const edited = original.text.slice(e.start, e.end);
    for (const quote of alignQuotes(r.story.articles, noCopies))
      if (
        quote.variants.some(
          (v) => v.article === e.article && original.text.indexOf(v.text) <= e.start && v.text.includes(edited),
        )
      )
        for (const v of quote.variants.filter((x) => x.article !== e.article))
          console.log(`  aligned: ${v.article} (${v.kind}) « ${v.text.replace(/\s+/g, " ").trim()} »`);
  }
  if (e.kind === "attribution" && original !== undefined) {
    const sentenceOfEdit = sentenceAt(original, e.start);
    const inSentence = (v: { article: string; text: string }): boolean => {
      const at = original.text.indexOf(v.text);
      return sentenceOfEdit !== undefined && at >= sentenceOfEdit.start - 400 && at < sentenceOfEdit.end;
    };
    for (const quote of alignQuotes(r.story.articles, noCopies))
      if (quote.variants.some((v) => v.article === e.article && inSentence(v)))
        for (const v of quote.variants.filter((x) => x.article !== e.article))
          console.log(
            `  aligned: ${v.article} (${v.kind}, ${v.speakerText ?? "no speaker"}) « ${v.text.replace(/\s+/g, " ").trim()} »`,
          );
  }
  // A figure: the other outlets' figures it was aligned with before the edit, and their words.
  if (e.kind === "number")
    for (const claim of alignClaims(r.story.articles, noCopies))
      if (claim.values.some((v) => v.article === e.article && near(v.quantity, Number(e.from))))
        for (const v of claim.values)
          console.log(
            `  ${v.article === e.article ? "was" : "aligned"}: ${v.article} ${v.quantity} (as of ${v.asOf ?? "?"}) « ${v.text.replace(/\s+/g, " ").trim()} »`,
          );
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function main(): void {
  const started = Date.now();
  const seed = Number(option("--seed") ?? "1");
  const wanted = (option("--datasets") ?? "basil,pac,newswcl50,ecbplus").split(",");
  const loaders: [string, () => GoldStory[]][] = [
    ["basil", basilStories],
    ["pac", pacStories],
    ["newswcl50", newsWclStories],
    ["ecbplus", ecbPlusStories],
  ];
  const random = seededRandom(seed);
  // Actor edits draw from their own stream, so adding the kind leaves the other kinds' draws as they were.
  const actorRandom = seededRandom(seed + 1_000_003);
  let stories = loaders.filter(([name]) => wanted.includes(name)).flatMap(([, load]) => load());
  const sample = option("--stories");
  if (sample !== undefined) stories = shuffled(stories, random).slice(0, Number(sample));
  const analysed = Date.now();

  const results: Result[] = [];
  const factTotals: Record<EditKind, number> = { number: 0, date: 0, place: 0, attribution: 0, quote: 0, actor: 0 };
  const storiesWith: Record<EditKind, number> = { number: 0, date: 0, place: 0, attribution: 0, quote: 0, actor: 0 };
  const editable: Record<EditKind, number> = { number: 0, date: 0, place: 0, attribution: 0, quote: 0, actor: 0 };
  let originalFindings = 0;
  let controlFindings = 0;
  let controlChanged = 0;
  const controlled = new Set<string>();
  const missesOf = option("--misses");
  const hitsOf = option("--hits");
  const bySource = new Map<string, { edits: number; detected: number }>();

  for (const story of stories) {
    const context = frozenContext(story.context ?? { maxTextChars: 2_000_000 });
    originalFindings += discrepancies(
      story.articles,
      noCopies,
      alignQuotes(story.articles, noCopies),
      alignClaims(story.articles, noCopies),
    ).length;
    const { facts, edits } = candidates(story);
    const nulls = new Map<string, { articles: Article[]; found: Set<string> }>();
    for (const kind of kinds) {
      factTotals[kind] += facts[kind];
      if (facts[kind] > 0) storiesWith[kind] += 1;
      if (edits[kind].length > 0) editable[kind] += 1;
      const draw = kind === "actor" ? actorRandom : random;
      const edit = edits[kind][Math.floor(draw() * edits[kind].length)];
      if (edit === undefined) continue;
      const original = story.articles.find((a) => a.id === edit.article);
      if (original === undefined) continue;
      // The control: the unedited text analysed the same way, and what the story then reports.
      let control = nulls.get(edit.article);
      if (control === undefined) {
        const again = reanalyse(original, original.text, context) ?? original;
        const articles = replaced(story.articles, again);
        const found = discrepancies(
          articles,
          noCopies,
          alignQuotes(articles, noCopies),
          alignClaims(articles, noCopies),
        );
        if (again.text !== original.text) controlChanged += 1;
        const key = `${story.dataset}/${story.id}/${edit.article}`;
        if (!controlled.has(key)) {
          controlled.add(key);
          controlFindings += found.filter((d) => d.variants.some((v) => v.article === edit.article)).length;
        }
        control = { articles, found: new Set(found.map(findingKey)) };
        nulls.set(edit.article, control);
      }
      const editedArticle = reanalyse(original, applyEdit(original.text, edit), context);
      if (editedArticle === null) continue;
      const articles = replaced(story.articles, editedArticle);
      const found = discrepancies(articles, noCopies, alignQuotes(articles, noCopies), alignClaims(articles, noCopies));
      const hit = found.filter(
        (d) =>
          d.kind === edit.kind &&
          d.variants.some((v) => v.article === edit.article) &&
          !control.found.has(findingKey(d)),
      );
      const { outcome, why } =
        hit.length > 0 ? { outcome: "detected" as const, why: "" } : diagnose(edit, articles, original, editedArticle);
      const result = { story, edit, outcome, why, found };
      results.push(result);
      const source = `${edit.kind} from ${edit.fact}${edit.group === undefined ? "" : ` (${edit.group})`}`;
      const tally = bySource.get(source) ?? { edits: 0, detected: 0 };
      tally.edits += 1;
      if (outcome === "detected") tally.detected += 1;
      bySource.set(source, tally);
      if (outcome !== "detected" && (missesOf === "all" || missesOf === edit.kind)) printMiss(result, original);
      if (outcome === "detected" && (hitsOf === "all" || hitsOf === edit.kind))
        for (const d of hit)
          console.log(
            `\n[${story.dataset} ${story.id}] ${edit.kind} detected: ${d.about}` +
              d.variants.map((v) => `\n  ${v.article} ${v.value}`).join(""),
          );
    }
  }
  const done = Date.now();

  const percent = (good: number, all: number): string => (all === 0 ? "–" : `${((100 * good) / all).toFixed(0)}%`);
  console.log(
    `\n${stories.length} gold stories (${stories.reduce((n, s) => n + s.articles.length, 0)} articles` +
      `${sample === undefined ? "" : `, seeded sample of ${sample}`}), seed ${seed}; ` +
      `pipeline ${((analysed - started) / 1000).toFixed(0)} s, edits ${((done - analysed) / 1000).toFixed(0)} s`,
  );
  console.log(
    `Control: discrepancies on the unedited stories ${originalFindings}; after re-analysing the unedited text of each ` +
      `edited article, discrepancies naming it ${controlFindings} (${controlled.size} articles; clean text changed by ` +
      `re-analysis: ${controlChanged})\n`,
  );
  console.log(
    "| kind | shared facts | stories with one | stories with an edit | edits | detected | recall | not read | not aligned | not reported |",
  );
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const kind of [...kinds, "all"] as const) {
    const of = results.filter((r) => kind === "all" || r.edit.kind === kind);
    const count = (o: Outcome): number => of.filter((r) => r.outcome === o).length;
    const sum = (x: Record<EditKind, number>): number =>
      kind === "all" ? kinds.reduce((n, k) => n + x[k], 0) : x[kind];
    console.log(
      `| ${kind} | ${sum(factTotals)} | ${kind === "all" ? "–" : storiesWith[kind]} | ${kind === "all" ? "–" : editable[kind]} | ` +
        `${of.length} | ${count("detected")} | ${percent(count("detected"), of.length)} | ${count("not read")} | ` +
        `${count("not aligned")} | ${count("not reported")} |`,
    );
  }
  console.log("\n| kind | miss | why | edits |\n|---|---|---|---:|");
  const reasons = new Map<string, number>();
  for (const r of results)
    if (r.outcome !== "detected") {
      const key = `${r.edit.kind} | ${r.outcome} | ${r.why === "" ? "–" : r.why}`;
      reasons.set(key, (reasons.get(key) ?? 0) + 1);
    }
  for (const [key, n] of [...reasons.entries()].sort()) console.log(`| ${key} | ${n} |`);
  console.log("\n| edit from | edits | detected | recall |\n|---|---:|---:|---:|");
  for (const [source, t] of [...bySource.entries()].sort())
    console.log(`| ${source} | ${t.edits} | ${t.detected} | ${percent(t.detected, t.edits)} |`);
}

main();
