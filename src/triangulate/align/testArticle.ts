/** Builds small hand-made analysed articles for the alignment tests. Test support only. */

import type { Article, ArticleEvent, Claim, Mention, Quote, TimeExpression } from "../../article.js";
import type { Actor } from "../../analyze/actors/types.js";
import { emptyMeta } from "../../article.js";

export interface ArticleSpec {
  id: string;
  text: string;
  /** Publication time; null for an undated article (ECB+, a pasted text). */
  published?: string | null;
  /** Mentions found by their first occurrence (or `at`-th, counting from 0) in the text. */
  mentions?: { text: string; actor: string; kind?: Mention["kind"]; at?: number }[];
  actors?: (Partial<Actor> & { id: string })[];
  quotes?: { text: string; speaker: string | null; kind?: Quote["kind"]; speakerText?: string | null }[];
  times?: {
    text: string;
    value: string;
    precision?: TimeExpression["precision"];
    evidence?: TimeExpression["evidence"];
  }[];
  claims?: (Partial<Claim> & { quantity: number; what: string })[];
  /** Coded events found by their verb phrase (`at`-th occurrence); the sentence is the one holding the verb. */
  events?: (Partial<ArticleEvent> & { verb: string; code: string; at?: number })[];
}

function spanOf(text: string, needle: string, nth = 0): { start: number; end: number } {
  let from = 0;
  let start = -1;
  for (let i = 0; i <= nth; i += 1) {
    start = text.indexOf(needle, from);
    if (start === -1) throw new Error(`test article: "${needle}" not found in text`);
    from = start + 1;
  }
  return { start, end: start + needle.length };
}

/** Sentences split after ".", "!" or "?" before a space (enough for hand-written test text). */
function sentencesOf(text: string): Article["sentences"] {
  const result: Article["sentences"] = [];
  const re = /\S[\s\S]*?(?:[.!?]+(?=\s|$)|$)/g;
  for (const m of text.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length;
    result.push({ start: m.index + lead, end: m.index + m[0].length, paragraph: 0 });
  }
  return result;
}

/** An analysed article from a spec: offsets are computed from the text. */
export function testArticle(spec: ArticleSpec): Article {
  const text = spec.text;
  const mentions: Mention[] = (spec.mentions ?? []).map((m) => ({
    ...spanOf(text, m.text, m.at ?? 0),
    actor: m.actor,
    text: m.text,
    evidence: "stated",
    ...(m.kind === undefined ? {} : { kind: m.kind }),
  }));
  const actorIds = new Set([...mentions.map((m) => m.actor), ...(spec.actors ?? []).map((a) => a.id)]);
  const actors: Actor[] = [...actorIds].map((id) => {
    const given = spec.actors?.find((a) => a.id === id);
    return {
      id,
      name: given?.name ?? id.split(":")[1] ?? id,
      type: given?.type ?? (id.startsWith("person:") ? "person" : id.startsWith("country:") ? "country" : "group"),
      country: given?.country ?? null,
      roles: given?.roles ?? [],
      aliases: given?.aliases ?? [],
    };
  });
  return {
    id: spec.id,
    source: `${spec.id}.txt`,
    meta: {
      ...emptyMeta(),
      published: spec.published === undefined ? "2025-03-12T12:00:00Z" : spec.published,
      outlet: spec.id,
    },
    text,
    removed: [],
    raw: { source: `${spec.id}.txt`, format: "text", body: text, meta: {} },
    contentHash: spec.id,
    messages: [],
    sentences: sentencesOf(text),
    mentions,
    actors,
    quotes: (spec.quotes ?? []).map((q) => ({
      ...spanOf(text, q.text),
      text: q.text,
      kind: q.kind ?? "direct",
      speaker: q.speaker,
      speakerText: q.speakerText ?? q.speaker,
      via: null,
      evidence: "stated",
    })),
    times: (spec.times ?? []).map((t) => ({
      ...spanOf(text, t.text),
      text: t.text,
      value: t.value,
      evidence: t.evidence ?? "inferred",
      precision: t.precision ?? "day",
    })),
    claims: (spec.claims ?? []).map((c) => ({
      start: 0,
      end: text.length,
      text: c.text ?? text,
      qualifier: null,
      asOf: null,
      attributedTo: null,
      evidence: "stated",
      ...c,
    })),
    events: (spec.events ?? []).map(({ at, ...e }) => {
      const span = spanOf(text, e.verb, at ?? 0);
      const sentence = sentencesOf(text).find((x) => x.start <= span.start && span.start < x.end);
      return {
        ...span,
        source: null,
        target: null,
        label: e.code,
        goldstein: 0,
        date: null,
        place: null,
        sentence: sentence === undefined ? text : text.slice(sentence.start, sentence.end),
        evidence: "stated",
        ...e,
      };
    }),
  };
}
