/**
 * Event coding (CAMEO) on the PLOVER gold-standard records and the PETRARCH-2 GSR validation sentences.
 * Reads ../shared/eval/cameo-plover-gsr at run time; copies nothing.
 *
 *   npx tsx eval/events.ts            # the table
 *   npx tsx eval/events.ts --errors   # also list the misses of the development halves (even ids)
 *
 * Each record is one sentence; it goes through the project's actor finder (registry) and `findEvents`. The
 * "top event" is the first event we return for the sentence.
 *
 * PLOVER records (322, DOCUMENT records skipped). The gold gives a PLOVER category (2016 names) and source /
 * target actors (text and code). CAMEO2PLOVER-2021.txt maps CAMEO codes to PLOVER categories (2021 names); the
 * 2016 names the records use are renamed first (DEMAND → REQUEST, DISAPPROVE and INVESTIGATE → ACCUSE,
 * FIGHT → ASSAULT), then the table is inverted: the admissible CAMEO roots of a category are the roots of every code
 * the table maps to it.
 *  - root accuracy = records whose top event's root is admissible for the gold category / all records;
 *  - category accuracy (stricter) = records whose top event's code, looked up by longest prefix in the table,
 *    maps to the gold category / all records;
 *  - dyad accuracy = records whose top event has a source matching a gold source and a target matching a gold
 *    target / all records. With no gold target, the target must be empty or match another gold source (the
 *    "SRC/TAR" compound records). An actor matches a gold actor when the gold code is a state code and equals the
 *    actor's state (ISO alpha-3), or when the actor's mention overlaps the gold actor text in the sentence
 *    (located case-insensitively, as whole words, any run of spaces for a space; character overlap).
 * PETRARCH-2 GSR validation sentences (77 with text): gold CAMEO eventcode / sourcecode / targetcode, or noevents.
 *  - root accuracy over sentences with gold events = top event's root equals the root of one gold coding;
 *  - dyad accuracy = the top event's source and target match those of one gold coding: a code's first three
 *    letters as a state against the actor's state; "---…", "IGO…" and other non-state codes match an actor with
 *    no state; a missing gold target ("---") matches an empty target;
 *  - no-event accuracy = noevents sentences where we code nothing.
 * PETRARCH-2 unit tests (petrarch2-unittest, 283 sentences with codings): their fictional actors
 * (PETR.Validate.actors.txt) are added to the registry through a temporary user file; their gold event codes come
 * from a WEIS-coded test dictionary, so only the dyad is scored: the top event's (or any event's) source and target
 * match one gold coding, by state code as above; "coded" = sentences where we code any event.
 * Misses of the PLOVER records are also counted by kind (no event / source wrong / target wrong) for both halves,
 * so the held-out half can be read without looking at its records.
 * Development set: even ids (PLOVER: the record number; PETR and unit tests: the position in the file); both halves
 * reported.
 * The baseline is a keyword coder: the first word that is any form of a dictionary verb gives the root of that
 * verb's first pattern; source = first actor in the sentence, target = last other actor.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";
import type { ArticleEvent, Mention } from "../src/article.js";
import { findActors, loadRegistry } from "../src/analyze/actors/index.js";
import type { Actor, Registry } from "../src/analyze/actors/index.js";
import { findEvents, loadEventDictionary } from "../src/analyze/events/index.js";
import type { EventDictionary } from "../src/analyze/events/index.js";

const dataRoot = fileURLToPath(new URL("../../shared/eval/cameo-plover-gsr/", import.meta.url));
const unitRoot = fileURLToPath(new URL("../../shared/eval/petrarch2-unittest/", import.meta.url));

interface GoldActor {
  actorText: string;
  code: string;
}
interface PloverRecord {
  id: string;
  event: string;
  text: string;
  source: GoldActor[];
  target: GoldActor[];
}
interface PetrRecord {
  id: string;
  index: number;
  text: string;
  codings: { event: string; source: string; target: string }[];
}

/** What one coder says about one sentence. */
interface Coded {
  event: Pick<ArticleEvent, "code" | "source" | "target" | "sourceSpan" | "targetSpan"> | null;
  all: number;
}

const renamed2016: Record<string, string> = {
  DEMAND: "REQUEST",
  DISAPPROVE: "ACCUSE",
  INVESTIGATE: "ACCUSE",
  FIGHT: "ASSAULT",
};

export function readPlover(): PloverRecord[] {
  const raw = JSON.parse(readFileSync(`${dataRoot}PLOVER_GSR_CAMEO.json`, "utf8")) as Record<string, unknown>[];
  const actorsOf = (v: unknown): GoldActor[] =>
    Array.isArray(v)
      ? v.map((a) => ({
          actorText: String((a as GoldActor).actorText ?? ""),
          code: String((a as GoldActor).code ?? ""),
        }))
      : [];
  return raw
    .filter((r) => r.event !== "DOCUMENT")
    .map((r) => ({
      id: String(r.id),
      event: String(r.event),
      text: String(r.text ?? ""),
      source: actorsOf(r.source),
      target: actorsOf(r.target),
    }));
}

export function readPetr(): PetrRecord[] {
  const xml = readFileSync(`${dataRoot}PETR2_GSR_validation.xml`, "utf8");
  const records: PetrRecord[] = [];
  const recordPattern = /<Sentence ([^>]*?)\/?>([\s\S]*?)<Text>([\s\S]*?)<\/Text>/g;
  let index = 0;
  for (const m of xml.matchAll(recordPattern)) {
    const id = /id="([^"]*)"/.exec(m[1] ?? "")?.[1] ?? "";
    const codings = [...(m[2] ?? "").matchAll(/<EventCoding ([^>]*)\/>/g)].flatMap((c) => {
      const attr = (name: string): string => new RegExp(`${name}="([^"]*)"`).exec(c[1] ?? "")?.[1] ?? "";
      return attr("eventcode")
        ? [{ event: attr("eventcode"), source: attr("sourcecode"), target: attr("targetcode") }]
        : [];
    });
    const text = (m[3] ?? "").replace(/\s+/g, " ").trim();
    if (text) records.push({ id, index: index, text, codings });
    index++;
  }
  return records;
}

/** CAMEO code → PLOVER category, from CAMEO2PLOVER-2021.txt. */
export function readCameoToPlover(): Map<string, string> {
  const table = new Map<string, string>();
  for (const line of readFileSync(`${dataRoot}CAMEO2PLOVER-2021.txt`, "utf8").split("\n")) {
    const m = /^(\d{2,4}):\s*([A-Z]+)/.exec(line);
    if (m?.[1] && m[2] && !table.has(m[1])) table.set(m[1], m[2]);
  }
  return table;
}

function ploverOf(code: string, table: ReadonlyMap<string, string>): string | null {
  for (let n = code.length; n >= 2; n--) {
    const category = table.get(code.slice(0, n));
    if (category) return category;
  }
  return null;
}

function admissibleRoots(category: string, table: ReadonlyMap<string, string>): Set<string> {
  const roots = new Set<string>();
  for (const [code, c] of table) if (c === category) roots.add(code.slice(0, 2));
  return roots;
}

interface Analyzed {
  text: string;
  mentions: Mention[];
  actors: Map<string, Actor>;
}

function analyze(text: string, registry: Registry): Analyzed & { found: ReturnType<typeof findActors> } {
  const found = findActors(text, [{ start: 0, end: text.length, paragraph: 0 }], registry);
  return { text, mentions: found.mentions, actors: new Map(found.actors.map((a) => [a.id, a])), found };
}

function codeOurs(a: ReturnType<typeof analyze>, dictionary: EventDictionary): Coded {
  const events = findEvents(
    {
      text: a.text,
      sentences: [{ start: 0, end: a.text.length, paragraph: 0 }],
      mentions: a.found.mentions,
      actors: a.found.actors,
      times: [],
      meta: { published: null },
    },
    dictionary,
  );
  return { event: events[0] ?? null, all: events.length };
}

/** The keyword baseline: first dictionary verb form anywhere, first and last actor. */
function codeBaseline(a: ReturnType<typeof analyze>, dictionary: EventDictionary): Coded {
  const words = [...a.text.toLowerCase().matchAll(/[a-z][a-z'-]*/g)].map((m) => m[0]);
  let code: string | null = null;
  for (const w of words) {
    for (const form of dictionary.forms.get(w) ?? []) {
      const patterns = dictionary.patterns.get(form.lemma) ?? [];
      const bare = patterns.find((p) => p.elements.length === 0) ?? patterns[0];
      if (bare) code = bare.code;
      if (code) break;
    }
    if (code) break;
  }
  const participants = a.mentions.filter((m) => !m.channel && m.kind !== "place");
  const first = participants[0];
  const last = [...participants].reverse().find((m) => m.actor !== first?.actor);
  if (!code) return { event: null, all: 0 };
  return {
    event: {
      code,
      source: first?.actor ?? null,
      target: last?.actor ?? null,
      ...(first ? { sourceSpan: { start: first.start, end: first.end } } : {}),
      ...(last ? { targetSpan: { start: last.start, end: last.end } } : {}),
    },
    all: 1,
  };
}

function matchesGold(
  id: string | null,
  span: { start: number; end: number } | undefined,
  gold: GoldActor,
  a: Analyzed,
): boolean {
  if (!id) return false;
  const country = countryOf(id, a);
  if (/^[A-Z]{3}$/.test(gold.code) && gold.code !== "IGO" && country === gold.code) return true;
  if (!span || !gold.actorText) return false;
  const found = goldTextPattern(gold.actorText).exec(a.text);
  if (!found) return false;
  return span.start < found.index + found[0].length && found.index < span.end;
}

/**
 * Where a gold actor text stands in the sentence: case-insensitive, any run of spaces for a space (some gold texts
 * double them), "..." as a space, and whole words only ("US" is not the "us" of "pushing").
 */
function goldTextPattern(actorText: string): RegExp {
  const words = actorText
    .replace(/\s*\.\.\.\s*/g, " ")
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join("\\s+")}(?![\\p{L}\\p{N}])`, "iu");
}

function ploverDyad(coded: Coded, r: PloverRecord, a: Analyzed): boolean {
  const { source, target } = ploverRoles(coded, r, a);
  return source && target;
}

/** Whether the top event's source and target each match the gold (see the header for the rules). */
function ploverRoles(coded: Coded, r: PloverRecord, a: Analyzed): { source: boolean; target: boolean } {
  const e = coded.event;
  if (!e) return { source: false, target: false };
  const source = r.source.length === 0 ? !e.source : r.source.some((g) => matchesGold(e.source, e.sourceSpan, g, a));
  const target =
    r.target.length > 0
      ? r.target.some((g) => matchesGold(e.target, e.targetSpan, g, a))
      : !e.target || r.source.some((g) => matchesGold(e.target, e.targetSpan, g, a));
  return { source, target };
}

/** The state of an actor id: from the registry, or the code in "country:XXX" / "agent:police:XXX". */
function countryOf(id: string, a: Analyzed): string | null {
  const known = a.actors.get(id)?.country;
  if (known) return known;
  const code = /^(?:country:|agent:[a-z]+:)([A-Z]{3})$/.exec(id)?.[1];
  return code ?? null;
}

function petrActorMatches(id: string | null, goldCode: string, a: Analyzed): boolean {
  if (!goldCode || goldCode === "---") return !id;
  if (!id) return false;
  const country = countryOf(id, a);
  const head = goldCode.slice(0, 3);
  if (head === "---" || head === "IGO" || head === "IMG" || !/^[A-Z]{3}$/.test(head)) return country === null;
  return country === head;
}

interface Tally {
  n: number;
  /** Misses by kind (counts only, so the held-out half can be read without reading its records). */
  noEvent?: number;
  sourceMiss?: number;
  targetMiss?: number;
  root: number;
  category: number;
  dyad: number;
  both: number;
}
const empty = (): Tally => ({ n: 0, root: 0, category: 0, dyad: 0, both: 0 });

export interface EventFigures {
  plover: Record<"dev" | "test", { ours: Tally; baseline: Tally }>;
  petr: Record<
    "dev" | "test",
    {
      ours: Tally & { noEvents: number; noEventsOk: number };
      baseline: Tally & { noEvents: number; noEventsOk: number };
    }
  >;
  /** PETRARCH-2 unit tests: dyad only (their gold event codes are WEIS codes from a test dictionary, not CAMEO). */
  unit: Record<"dev" | "test", { n: number; coded: number; dyad: number; anyDyad: number }>;
  speed: { articles: number; words: number; eventsMsPerArticle: number; eventsPerArticle: number };
}

/** Runs the whole evaluation and returns the figures (used by `npm run eval`). */
export function evaluateEvents(options: { errors?: boolean } = {}): EventFigures {
  const registry = loadRegistry();
  const dictionary = loadEventDictionary();
  const table = readCameoToPlover();
  const plover = { dev: { ours: empty(), baseline: empty() }, test: { ours: empty(), baseline: empty() } };
  const errors: string[] = [];
  for (const r of readPlover()) {
    const half = Number(/(\d+)$/.exec(r.id)?.[1] ?? 0) % 2 === 0 ? "dev" : "test";
    const a = analyze(r.text, registry);
    const category = renamed2016[r.event] ?? r.event;
    const roots = admissibleRoots(category, table);
    for (const [who, coded] of [
      ["ours", codeOurs(a, dictionary)],
      ["baseline", codeBaseline(a, dictionary)],
    ] as const) {
      const t = plover[half][who];
      t.n++;
      const rootOk = !!coded.event && roots.has(coded.event.code.slice(0, 2));
      const dyadOk = ploverDyad(coded, r, a);
      const roles = ploverRoles(coded, r, a);
      if (!coded.event) t.noEvent = (t.noEvent ?? 0) + 1;
      else {
        if (!roles.source) t.sourceMiss = (t.sourceMiss ?? 0) + 1;
        if (!roles.target) t.targetMiss = (t.targetMiss ?? 0) + 1;
      }
      if (rootOk) t.root++;
      if (coded.event && ploverOf(coded.event.code, table) === category) t.category++;
      if (dyadOk) t.dyad++;
      if (rootOk && dyadOk) t.both++;
      if (options.errors && who === "ours" && half === "dev" && (!rootOk || !dyadOk)) {
        const e = coded.event;
        errors.push(
          `${r.id} gold ${r.event} [${[...roots].join(",")}] ${r.source.map((g) => `${g.code}:${g.actorText}`).join("+")}→${r.target.map((g) => `${g.code}:${g.actorText}`).join("+")} | ours ${e ? `${e.code} ${e.source}→${e.target}` : "none"}${rootOk ? "" : " ROOT"}${dyadOk ? "" : " DYAD"}\n    ${r.text}`,
        );
      }
    }
  }

  const petrTally = (): Tally & { noEvents: number; noEventsOk: number } => ({
    ...empty(),
    noEvents: 0,
    noEventsOk: 0,
  });
  const petr = {
    dev: { ours: petrTally(), baseline: petrTally() },
    test: { ours: petrTally(), baseline: petrTally() },
  };
  for (const r of readPetr()) {
    const half = r.index % 2 === 0 ? "dev" : "test";
    const a = analyze(r.text, registry);
    for (const [who, coded] of [
      ["ours", codeOurs(a, dictionary)],
      ["baseline", codeBaseline(a, dictionary)],
    ] as const) {
      const t = petr[half][who];
      if (r.codings.length === 0) {
        t.noEvents++;
        if (!coded.event) t.noEventsOk++;
        continue;
      }
      t.n++;
      const e = coded.event;
      const rootOk = !!e && r.codings.some((g) => g.event.slice(0, 2) === e.code.slice(0, 2));
      const dyadOk =
        !!e &&
        r.codings.some((g) => petrActorMatches(e.source, g.source, a) && petrActorMatches(e.target, g.target, a));
      if (rootOk) t.root++;
      if (e && r.codings.some((g) => g.event === e.code)) t.category++;
      if (dyadOk) t.dyad++;
      if (rootOk && dyadOk) t.both++;
      if (options.errors && who === "ours" && half === "dev" && (!rootOk || !dyadOk)) {
        errors.push(
          `PETR ${r.id} gold ${r.codings.map((g) => `${g.event} ${g.source}→${g.target}`).join("; ")} | ours ${e ? `${e.code} ${e.source}→${e.target}` : "none"}\n    ${r.text}`,
        );
      }
    }
  }
  const unit = evaluateUnitTests(dictionary, options.errors ? errors : null);
  if (options.errors) console.log(errors.join("\n"));
  return { plover, petr, unit, speed: measureSpeed(registry, dictionary) };
}

interface UnitRecord {
  id: string;
  index: number;
  text: string;
  codings: { event: string; source: string; target: string }[];
}

/** The PETRARCH-2 unit-test sentences with their codings (PETR.UnitTest.records.xml). */
export function readUnitTests(): UnitRecord[] {
  const xml = readFileSync(`${unitRoot}PETR.UnitTest.records.xml`, "utf8");
  const records: UnitRecord[] = [];
  let index = 0;
  for (const m of xml.matchAll(/<Sentence ([^>]*)>([\s\S]*?)<\/Sentence>/g)) {
    const body = m[2] ?? "";
    const id = /id="([^"]*)"/.exec(m[1] ?? "")?.[1] ?? "";
    const text = (/<Text>([\s\S]*?)<\/Text>/.exec(body)?.[1] ?? "").replace(/\s+/g, " ").trim();
    const codings = [...body.matchAll(/<EventCoding ([^>]*)>/g)].map((c) => {
      const attr = (name: string): string => new RegExp(`${name}="([^"]*)"`).exec(c[1] ?? "")?.[1] ?? "";
      return { event: attr("eventcode"), source: attr("sourcecode"), target: attr("targetcode") };
    });
    if (text && codings.length > 0) records.push({ id, index, text, codings });
    index++;
  }
  return records;
}

/**
 * The unit tests' fictional actors (PETR.Validate.actors.txt: "ARNOR_ [ARN]", "+SYNONYM" lines, date-restricted
 * codes on indented lines) as an actor-registry user file: each actor a group whose state is the code's first three
 * letters (null for IGO, NGO, IMG and "---" codes). Written to a temporary file the caller removes.
 */
function unitTestActorsFile(dir: string): string {
  const entries: { name: string; aliases: string[]; country: string | null }[] = [];
  let current: (typeof entries)[number] | null = null;
  let pendingCode = false;
  const display = (raw: string): string =>
    raw
      .replace(/_+$/, "")
      .replace(/_/g, " ")
      .split(/\s+/)
      .map((w) => (w.length <= 3 || w.includes(".") ? w : w[0] + w.slice(1).toLowerCase()))
      .join(" ");
  const countryOfCode = (code: string): string | null => {
    const head = code.toUpperCase().slice(0, 3);
    return /^[A-Z]{3}$/.test(head) && !["IGO", "NGO", "IMG"].includes(head) ? head : null;
  };
  for (const raw of readFileSync(`${unitRoot}PETR.Validate.actors.txt`, "utf8").split("\n")) {
    const line = raw.replace(/#.*$/, "").trimEnd();
    if (!line.trim() || line.trim().startsWith("<")) continue;
    const code = /\[([^\]\s]+)/.exec(line)?.[1] ?? null;
    if (line.startsWith("+")) {
      const alias = display(line.slice(1).trim());
      if (current && alias) current.aliases.push(alias);
    } else if (/^\s/.test(raw)) {
      if (current && pendingCode && code) {
        current.country = countryOfCode(code);
        pendingCode = false;
      }
    } else {
      const name = display(line.replace(/\[.*$/, "").trim());
      if (!name) continue;
      current = { name, aliases: [], country: code ? countryOfCode(code) : null };
      pendingCode = !code;
      entries.push(current);
    }
  }
  const file = join(dir, "petr-unit-actors.yaml");
  const actors = entries.map((e) => ({ name: e.name, aliases: e.aliases, country: e.country, type: "group" }));
  writeFileSync(file, stringify({ actors }));
  return file;
}

/** Dyad agreement on the PETRARCH-2 unit tests, with the registry extended by their fictional actors. */
function evaluateUnitTests(dictionary: EventDictionary, errors: string[] | null): EventFigures["unit"] {
  const dir = mkdtempSync(join(tmpdir(), "parallax-petr-unit-"));
  try {
    const registry = loadRegistry({ userFile: unitTestActorsFile(dir) });
    const unit = { dev: { n: 0, coded: 0, dyad: 0, anyDyad: 0 }, test: { n: 0, coded: 0, dyad: 0, anyDyad: 0 } };
    for (const r of readUnitTests()) {
      const half = r.index % 2 === 0 ? "dev" : "test";
      const a = analyze(r.text, registry);
      const events = findEvents(
        {
          text: a.text,
          sentences: [{ start: 0, end: a.text.length, paragraph: 0 }],
          mentions: a.found.mentions,
          actors: a.found.actors,
          times: [],
          meta: { published: null },
        },
        dictionary,
      );
      const pairOk = (e: ArticleEvent): boolean =>
        r.codings.some((g) => petrActorMatches(e.source, g.source, a) && petrActorMatches(e.target, g.target, a));
      const t = unit[half];
      t.n++;
      if (events.length > 0) t.coded++;
      const top = events[0];
      if (top && pairOk(top)) t.dyad++;
      if (events.some(pairOk)) t.anyDyad++;
      if (errors && half === "dev" && !(top && pairOk(top))) {
        errors.push(
          `UNIT ${r.id} gold ${r.codings.map((g) => `${g.source}→${g.target}`).join("; ")} | ours ${top ? `${top.code} ${top.source}→${top.target}` : "none"}\n    ${r.text}`,
        );
      }
    }
    return unit;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Events-only time on ~700-word articles built from the gold sentences (event-dense: a worst case). */
function measureSpeed(registry: Registry, dictionary: EventDictionary): EventFigures["speed"] {
  const sentences = [...readPlover().map((r) => r.text), ...readPetr().map((r) => r.text)];
  const articles: Parameters<typeof findEvents>[0][] = [];
  let words = 0;
  for (let i = 0; i < sentences.length;) {
    let text = "";
    while (i < sentences.length && text.split(/\s+/).length < 700) text += `${sentences[i++] ?? ""} `;
    const spans = [...text.matchAll(/[^.!?]+[.!?]*/g)].map((m) => ({
      start: m.index,
      end: m.index + m[0].trimEnd().length,
      paragraph: 0,
    }));
    const found = findActors(text, spans, registry);
    articles.push({
      text,
      sentences: spans,
      mentions: found.mentions,
      actors: found.actors,
      times: [],
      meta: { published: "2024-01-01" },
    });
    words += text.split(/\s+/).length;
  }
  let events = 0;
  // Warm up the JIT first: a long run is what the budget is about.
  for (let k = 0; k < 10; k++) for (const article of articles) findEvents(article, dictionary);
  const rounds = 30;
  const t0 = performance.now();
  for (let k = 0; k < rounds; k++) for (const article of articles) events += findEvents(article, dictionary).length;
  const ms = performance.now() - t0;
  return {
    articles: articles.length,
    words: Math.round(words / articles.length),
    eventsMsPerArticle: ms / (rounds * articles.length),
    eventsPerArticle: events / (rounds * articles.length),
  };
}

function pct(part: number, whole: number): string {
  return whole === 0 ? "  –  " : `${((100 * part) / whole).toFixed(1).padStart(5)}%`;
}

function printFigures(f: EventFigures): void {
  console.log("PLOVER gold records (CAMEO root admissible for the PLOVER category; dyad by ISO code or text overlap)");
  console.log("  half   coder      n    root   category   dyad   root+dyad");
  for (const half of ["dev", "test"] as const) {
    for (const who of ["ours", "baseline"] as const) {
      const t = f.plover[half][who];
      console.log(
        `  ${half.padEnd(5)}  ${who.padEnd(9)} ${String(t.n).padStart(3)}  ${pct(t.root, t.n)}  ${pct(t.category, t.n)}   ${pct(t.dyad, t.n)}  ${pct(t.both, t.n)}`,
      );
    }
  }
  console.log("  misses (ours): no event / source wrong / target wrong");
  for (const half of ["dev", "test"] as const) {
    const t = f.plover[half].ours;
    console.log(`  ${half.padEnd(5)}  ${t.noEvent ?? 0} / ${t.sourceMiss ?? 0} / ${t.targetMiss ?? 0}`);
  }
  console.log("PETRARCH-2 GSR validation (root = a gold root; code = an exact gold code; dyad by state code)");
  console.log("  half   coder      n    root   code     dyad   root+dyad  no-event sentences left empty");
  for (const half of ["dev", "test"] as const) {
    for (const who of ["ours", "baseline"] as const) {
      const t = f.petr[half][who];
      console.log(
        `  ${half.padEnd(5)}  ${who.padEnd(9)} ${String(t.n).padStart(3)}  ${pct(t.root, t.n)}  ${pct(t.category, t.n)}  ${pct(t.dyad, t.n)}  ${pct(t.both, t.n)}   ${t.noEventsOk}/${t.noEvents}`,
      );
    }
  }
  console.log("PETRARCH-2 unit tests (fictional actors; dyad by state code; gold codes are WEIS, so no root figure)");
  console.log("  half     n   coded   dyad (top event)   dyad (any event)");
  for (const half of ["dev", "test"] as const) {
    const t = f.unit[half];
    console.log(
      `  ${half.padEnd(5)}  ${String(t.n).padStart(3)}  ${pct(t.coded, t.n)}   ${pct(t.dyad, t.n)}            ${pct(t.anyDyad, t.n)}`,
    );
  }
  const s = f.speed;
  console.log(
    `Speed: findEvents ${s.eventsMsPerArticle.toFixed(3)} ms/article (${s.articles} articles of ~${s.words} words, ${s.eventsPerArticle.toFixed(1)} events each)`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  printFigures(evaluateEvents({ errors: process.argv.includes("--errors") }));
}
