/** How each article frames the story: labels for actors, loaded terms, whom it quotes, tone per actor. */

import type { Article } from "../../article.js";
import { actorLabels } from "./actorLabels.js";
import { rootOf } from "./independence.js";
import type { FramingLexicon } from "./loadedTerms.js";
import { loadFramingLexicon } from "./loadedTerms.js";
import type { ArticleFraming, Discrepancy, LoadedTermUse, QuotedSide } from "./types.js";
import { words } from "./words.js";

/** Characters of context kept either side of a loaded term. */
const termContext = 40;

function loadedTerms(article: Article, lexicon: FramingLexicon): LoadedTermUse[] {
  const uses: LoadedTermUse[] = [];
  const taken: { start: number; end: number }[] = [];
  for (const term of lexicon.terms) {
    for (const match of article.text.matchAll(new RegExp(term.pattern.source, term.pattern.flags))) {
      const start = match.index;
      const end = start + match[0].length;
      // A longer term already covers this one ("terror group" before "terror*").
      if (taken.some((t) => t.start <= start && end <= t.end)) continue;
      taken.push({ start, end });
      const from = article.text.lastIndexOf(" ", Math.max(0, start - termContext)) + 1;
      const to = article.text.indexOf(" ", Math.min(article.text.length, end + termContext));
      uses.push({
        term: term.term,
        note: term.note,
        text: article.text.slice(from, to === -1 ? undefined : to).trim(),
      });
    }
  }
  return uses;
}

function quotedSides(article: Article): QuotedSide[] {
  const sides = new Map<string | null, QuotedSide>();
  for (const quote of article.quotes) {
    if (quote.speaker === null) continue;
    const actor = article.actors.find((a) => a.id === quote.speaker);
    const country = actor?.country ?? (quote.speaker.startsWith("country:") ? quote.speaker.slice(8) : null);
    const side = sides.get(country) ?? { country, speakers: [], quotes: 0 };
    if (!side.speakers.includes(quote.speaker)) side.speakers.push(quote.speaker);
    side.quotes += 1;
    sides.set(country, side);
  }
  return [...sides.values()].sort((a, b) => b.quotes - a.quotes);
}

function tone(article: Article, lexicon: FramingLexicon): ArticleFraming["tone"] {
  const byActor = new Map<string, { score: number; sentences: Set<number> }>();
  for (const sentence of article.sentences) {
    const actors = new Set(
      article.mentions
        .filter((m) => m.kind !== "place" && m.start >= sentence.start && m.end <= sentence.end)
        .map((m) => m.actor),
    );
    if (actors.size === 0) continue;
    const ws = words(article.text.slice(sentence.start, sentence.end));
    const score = ws.filter((w) => lexicon.positive.has(w)).length - ws.filter((w) => lexicon.negative.has(w)).length;
    for (const actor of actors) {
      const entry = byActor.get(actor) ?? { score: 0, sentences: new Set<number>() };
      entry.score += score;
      entry.sentences.add(sentence.start);
      byActor.set(actor, entry);
    }
  }
  return [...byActor.entries()].map(([actor, e]) => ({ actor, score: e.score, sentences: e.sentences.size }));
}

/**
 * The framing of each article of a story.
 *
 * @example framing(articles)[0] // { article: "a", labels: [{ actor: "group:hamas", label: "militant group", … }], … }
 */
export function framing(
  articles: readonly Article[],
  lexicon: FramingLexicon = loadFramingLexicon(),
): ArticleFraming[] {
  return articles.map((article) => ({
    article: article.id,
    labels: actorLabels(article),
    loadedTerms: loadedTerms(article, lexicon),
    quoted: quotedSides(article),
    tone: tone(article, lexicon),
  }));
}

/**
 * "Hamas-run", "Iran-backed": a modifier that ties the actor to another, changing who it is said to answer to.
 * "Republican-controlled Congress", "U.S.-led coalition" state a majority or a lead, usually uncontested: left out.
 */
const affiliationModifier = /\b\p{Lu}[\p{L}.]*-(?:run|backed|linked|affiliated|funded|aligned|sponsored)\b/u;
/** "Health Ministry in Gaza": a place after the name, kept as part of how an unlabelled mention names the actor. */
const placeTail = /^\s+in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?/u;

interface Description {
  article: string;
  label: string;
  text: string;
  marked: boolean;
}

/** How an article names an actor it mentions without a label: the first mention, with a place after it. */
function plainName(article: Article, actor: string): Description | null {
  const mention = article.mentions.find((m) => m.actor === actor && m.kind !== "place");
  if (mention === undefined) return null;
  const tail = placeTail.exec(article.text.slice(mention.end, mention.end + 40))?.[0] ?? "";
  const text = `${mention.text}${tail}`;
  return { article: article.id, label: text, text, marked: false };
}

/**
 * Actor discrepancies: independent articles describe one actor differently, and at least one description changes
 * what the actor is said to be: a loaded term ("the Iran-backed terror group" vs "the militant group") or an
 * affiliation ("the Hamas-run Health Ministry" vs "the Health Ministry in Gaza"). Articles that name the actor
 * without a label are listed with their plain name. Neutral label differences stay in `framing`.
 */
export function actorDiscrepancies(
  framings: readonly ArticleFraming[],
  articles: readonly Article[],
  copyOf: ReadonlyMap<string, string>,
  lexicon: FramingLexicon = loadFramingLexicon(),
): Discrepancy[] {
  const independent = articles.filter((a) => rootOf(a.id, copyOf) === a.id);
  const byActor = new Map<string, Description[]>();
  for (const f of framings) {
    if (rootOf(f.article, copyOf) !== f.article) continue;
    for (const l of f.labels) {
      const list = byActor.get(l.actor) ?? [];
      if (list.some((x) => x.article === f.article)) continue;
      const marked =
        affiliationModifier.test(l.label) ||
        lexicon.terms.some((t) => new RegExp(t.pattern.source, "iu").test(l.label));
      list.push({ article: f.article, label: l.label, text: l.text, marked });
      byActor.set(l.actor, list);
    }
  }
  const result: Discrepancy[] = [];
  for (const [actor, labelled] of byActor) {
    if (!labelled.some((x) => x.marked)) continue;
    const plain = independent
      .filter((a) => !labelled.some((x) => x.article === a.id))
      .map((a) => plainName(a, actor))
      .filter((d): d is Description => d !== null);
    const all = [...labelled, ...plain];
    if (!all.some((x) => !x.marked)) continue;
    const order = new Map(articles.map((a, i) => [a.id, i]));
    all.sort((x, y) => (order.get(x.article) ?? 0) - (order.get(y.article) ?? 0));
    result.push({
      kind: "actor",
      about: `how ${actor} is described`,
      variants: all.map((x) => ({ article: x.article, value: x.label, text: x.text })),
    });
  }
  return result;
}
