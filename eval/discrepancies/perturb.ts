/**
 * Controlled edits for measuring discrepancy recall: one change at the evidence span of a fact that two or more
 * outlets share (a figure, a stated day, a place, a quote's speaker, a negation in a quote), so that the edited
 * article contradicts the others on exactly that fact. Each builder returns null when the fact's words give no clean
 * place for the edit (a figure in words we do not scale, a quote without an auxiliary to negate, "yesterday").
 * Pure: the same article and fact give the same edit.
 */

import { createRequire } from "node:module";
import type { Article, ArticleEvent, Claim, Mention, Quote, Span } from "../../src/article.js";
import type { Actor } from "../../src/analyze/actors/types.js";
import { distinctActors, namedTypes } from "../../src/triangulate/align/eventActorDiscrepancies.js";
import { verbalRoots } from "../../src/triangulate/align/codedEventDiscrepancies.js";
import { claimItems } from "../../src/triangulate/align/claimItems.js";
import { magnitudeClaims } from "../../src/triangulate/align/magnitudes.js";
import { speechCue } from "../../src/triangulate/align/namedSpeaker.js";
import { quoteSentences } from "../../src/triangulate/align/meaningChange.js";
import { sameName } from "../../src/triangulate/align/sameName.js";
import { contentStems, overlap } from "../../src/triangulate/align/words.js";
import { mutualCodes } from "../../src/triangulate/align/alignEvents.js";

const require = createRequire(import.meta.url);

export type EditKind = "number" | "date" | "place" | "attribution" | "quote" | "actor";

/** One edit of one article's clean text: the span replaced, with what it said before and says after. */
export interface Edit {
  kind: EditKind;
  /** The alignment the shared fact came from. */
  fact: "aligned-figure" | "aligned-quote" | "story-event" | "event-frame";
  article: string;
  start: number;
  end: number;
  replacement: string;
  /** The value before and after the edit as a discrepancy would name it (a figure, an ISO day, a name). */
  from: string;
  to: string;
  /**
   * The same change where the article states the fact again ("2,000 troops" twice): an outlet that has a figure
   * wrong has it wrong throughout, and a fact changed in one place only would leave the article contradicting itself.
   */
  also?: { start: number; end: number; replacement: string }[];
  /** A finer tally of the edit's source (an actor edit: "act", "said" or "joint" event). */
  group?: string;
}

/** The article's text with the edit applied (at its span and at every repeat). */
export function applyEdit(text: string, edit: Pick<Edit, "start" | "end" | "replacement" | "also">): string {
  const spans = [{ start: edit.start, end: edit.end, replacement: edit.replacement }, ...(edit.also ?? [])].sort(
    (a, b) => b.start - a.start,
  );
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + s.replacement + out.slice(s.end);
  return out;
}

/** How much a figure is changed: far beyond any rounding tolerance ("about 250" allows 2%). */
const figureFactor = 1.5;
/** A figure written in digits, with thousands separators or decimals ("1,400", "6.8"). */
const digitFigure = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/;
/** Small numbers written as words: replaced by the scaled figure in digits. */
const numberWords: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};
const numberWord = new RegExp(String.raw`\b(?:${Object.keys(numberWords).join("|")})\b`, "i");

/** A figure scaled by `factor` (`figureFactor` unless given), written like the original (separators, decimals). */
export function scaledFigure(written: string, factor = figureFactor): { text: string; value: number } | null {
  const plain = written.replace(/,/g, "");
  const value = Number(plain);
  if (!Number.isFinite(value) || value === 0) return null;
  const decimals = plain.includes(".") ? (plain.split(".")[1]?.length ?? 0) : 0;
  const scaled = Number((value * factor).toFixed(decimals));
  if (scaled === value) return null;
  const text = written.includes(",")
    ? scaled.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    : scaled.toFixed(decimals);
  return { text, value: scaled };
}

/** The article's claim (or earthquake magnitude) a figure of an aligned claim was read from. */
function claimOf(article: Article, quantity: number, text: string): Claim | undefined {
  return [...article.claims, ...magnitudeClaims(article)].find((c) => c.quantity === quantity && c.text === text);
}

/** A number word that is part of a fraction or a compound ("two-thirds", "twenty-five"): not a count on its own. */
const compoundAfter = /^-\p{L}/u;

/** The span of a claim's figure in the article, scaled by `figureFactor`, or null when it gives no clean edit. */
function scaledSpan(article: Article, claim: Claim): { start: number; end: number; text: string; to: number } | null {
  // A share scaled past 100 ("83.3 percent of Greeks" → "124.9 percent") is no figure an outlet would print: it is
  // scaled down by the same factor instead ("55.5 percent").
  const factor =
    claim.category === "percent" && claim.quantity <= 100 && claim.quantity * figureFactor > 100
      ? 1 / figureFactor
      : figureFactor;
  // The claim's span may hold more than its figure ("its 12th day and affecting 800,000"): edit the figure's words.
  const whole = article.text.slice(claim.start, claim.end);
  const at = claim.figure === undefined ? -1 : whole.indexOf(claim.figure);
  const offset = claim.start + Math.max(0, at);
  const span = at === -1 || claim.figure === undefined ? whole : claim.figure;
  const digits = digitFigure.exec(span);
  if (digits !== null) {
    const scaled = scaledFigure(digits[0], factor);
    if (scaled === null) return null;
    const start = offset + digits.index;
    const to = Number((claim.quantity * (scaled.value / Number(digits[0].replace(/,/g, "")))).toPrecision(12));
    return { start, end: start + digits[0].length, text: scaled.text, to };
  }
  const word = numberWord.exec(span);
  const n = word === null ? undefined : numberWords[word[0].toLowerCase()];
  if (word === null || n === undefined) return null;
  const start = offset + word.index;
  // "two-thirds" scaled to "3-thirds" is no figure a writer would print.
  if (compoundAfter.test(article.text.slice(start + word[0].length))) return null;
  const scaled = Math.round(n * factor);
  return { start, end: start + word[0].length, text: String(scaled), to: (claim.quantity / n) * scaled };
}

/**
 * The figure of an aligned claim multiplied by 1.5 where the article writes it ("251" → "377", "three" → "5"), and
 * wherever the article gives that figure of that thing again.
 *
 * @example numberEdit(article, { quantity: 251, text: "Hamas took 251 hostages." }) // { from: "251", to: "377", … }
 */
export function numberEdit(article: Article, value: { quantity: number; text: string }): Edit | null {
  const claim = claimOf(article, value.quantity, value.text);
  if (claim === undefined) return null;
  const main = scaledSpan(article, claim);
  if (main === null) return null;
  // The article's other statements of one figure of one thing ("roughly 2,000 American troops from Syria", "the
  // 2,000 troops"): same value, category and counted noun.
  const items = claimItems([article], (id) => id);
  const headOf = (c: Claim): string | null | undefined => items.find((i) => i.claim === c)?.head;
  const repeats = article.claims
    .filter(
      (c) =>
        c !== claim &&
        c.quantity === claim.quantity &&
        c.category === claim.category &&
        headOf(c) !== null &&
        headOf(c) === headOf(claim),
    )
    .map((c) => scaledSpan(article, c))
    .filter((x): x is NonNullable<typeof x> => x !== null && x.to === main.to && x.start !== main.start);
  const also = [...new Map(repeats.map((r) => [r.start, r])).values()].map((r) => ({
    start: r.start,
    end: r.end,
    replacement: r.text,
  }));
  return {
    ...edit("number", "aligned-figure", article, main.start, main.end, main.text, {
      from: String(claim.quantity),
      to: String(main.to),
    }),
    ...(also.length === 0 ? {} : { also }),
  };
}

function edit(
  kind: EditKind,
  fact: Edit["fact"],
  article: Article,
  start: number,
  end: number,
  replacement: string,
  values: { from: string; to: string },
): Edit {
  return { kind, fact, article: article.id, start, end, replacement, ...values };
}

/** The quote of the article an aligned variant was read from. */
export function quoteOf(article: Article, text: string): Quote | undefined {
  return article.quotes.find((q) => q.text === text);
}

/**
 * An auxiliary or copula not already negated: where "not" goes ("will" → "will not", "is" → "is not"). Not one
 * a negation already holds: "can't" (read as "can" + "'t"), "don't have", "would never have wanted", "should be no
 * meeting" — "not" there made "can not't", "don't have not" and "should not be no", wordings no outlet writes.
 */
const negatable =
  /(?<!(?:\b(?:not|never|no)|n['’]t)\s+(?:[\p{L}']+\s+)?)\b(?:will|would|can|could|should|must|is|are|was|were|has|have|had)\b(?!\s+(?:[\p{L}']+\s+)?(?:not|never|no|nothing|none|nobody)\b|n['’]t|['’]t|[.,;:!?])/iu;

/** Content words of a quoted sentence another outlet's sentence must hold for it to quote that sentence. */
const minSentenceShared = 3;
const minSentenceCover = 0.6;

/**
 * Whether another outlet quotes the sentence: one sentence of one of `others` holds three or more of its content words
 * and 60% of them. A negation planted in a sentence no other outlet quotes (the outlets quoted other sentences of a
 * long statement) changes nothing a reader could check against them.
 */
export function quotedByOthers(sentence: string, others: readonly string[]): boolean {
  const stems = contentStems(sentence);
  return others.some((text) =>
    quoteSentences(text).some((s) => {
      const ov = overlap(stems, contentStems(s));
      return ov.shared >= minSentenceShared && ov.shared >= stems.length * minSentenceCover;
    }),
  );
}

/** The sentences of a text with their offsets, split as `quoteSentences` splits them. */
function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/(?<=[.!?…])\s+/gu)) {
    spans.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  spans.push({ start, end: text.length });
  return spans;
}

/**
 * The quote with "not" inserted after its first auxiliary ("We will sign" → "We will not sign"), in a sentence another
 * outlet quotes too (`others`: the other outlets' wordings of the statement; every sentence when not given).
 *
 * @example negationEdit(article, "We will sign the deal this week") // { replacement: "will not", … }
 */
export function negationEdit(article: Article, text: string, others?: readonly string[]): Edit | null {
  const quote = quoteOf(article, text);
  if (quote === undefined) return null;
  const spans: Span[] = quote.parts ?? [quote];
  for (const span of spans) {
    const words = article.text.slice(span.start, span.end);
    for (const sentence of sentenceSpans(words)) {
      const inSentence = words.slice(sentence.start, sentence.end);
      if (others !== undefined && !quotedByOthers(inSentence, others)) continue;
      const m = negatable.exec(inSentence);
      if (m === null) continue;
      const start = span.start + sentence.start + m.index;
      return edit("quote", "aligned-quote", article, start, start + m[0].length, `${m[0]} not`, {
        from: "affirmed",
        to: "negated",
      });
    }
  }
  return null;
}

/** Words joining two speakers in one span: "Pelosi and Schumer", "Gary Ross and The Hollywood Reporter". */
const coordinated = /\b(?:and|or)\b|&/u;

/**
 * Words someone said: a direct or partial quote, or reported speech after a verb of saying. Reported "speech" the
 * quote stage reads off an act ("Klitschko defended his crown", "Jackson pleaded guilty", "Trump wants the full $25
 * billion") has an actor, not a speaker: another name there is a different actor, which no reader would call words
 * given to the wrong person.
 */
function isStatement(quote: Quote): boolean {
  return quote.kind !== "indirect" || speechCue.test(quote.cue?.text.trim() ?? "");
}

/**
 * The quote's speaker, where the article names it beside the quote (not through "he said"), replaced by another
 * person the article names ("said Pelosi" → "said Mitch McConnell"). `pick` chooses among the candidates (seeded).
 */
export function speakerEdit(article: Article, text: string, pick: (n: number) => number): Edit | null {
  const quote = quoteOf(article, text);
  if (quote?.speaker == null || quote.evidence !== "stated" || quote.anaphor !== undefined) return null;
  if (quote.speakerStart === undefined || quote.speakerEnd === undefined) return null;
  // Words of a person given to another person: an organisation's or a state's statement ("The White House said",
  // "Iran has denied…") swapped for a person's name is no misattribution an outlet makes.
  if (!isStatement(quote) || !quote.speaker.startsWith("person:")) return null;
  // A speaker span inside the quoted words ("What efforts were made to reach out to Mr Flynn…") would edit the words.
  const speakerStart = quote.speakerStart;
  const speakerEnd = quote.speakerEnd;
  if ((quote.parts ?? [quote]).some((p) => speakerStart < p.end && p.start < speakerEnd)) return null;
  // Two or more people ("Ms. Warren and Mr. Booker — as well as Senators…") are not one speaker to swap.
  if (coordinated.test(article.text.slice(speakerStart, speakerEnd))) return null;
  const speakerName = article.actors.find((a) => a.id === quote.speaker)?.name ?? quote.speakerText;
  const others = article.actors.filter(
    (a) =>
      a.type === "person" && a.id !== quote.speaker && a.name.split(" ").length >= 2 && !sameName(a.name, speakerName),
  );
  const other = others[pick(others.length)];
  if (other === undefined) return null;
  return edit("attribution", "aligned-quote", article, quote.speakerStart, quote.speakerEnd, other.name, {
    from: speakerName ?? "",
    to: other.name,
  });
}

const weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const weekday = /\b(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;
const month = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const monthDay = new RegExp(String.raw`\b${month}\s+(\d{1,2})(?:st|nd|rd|th)?\b`, "i");
const dayMonth = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${month}`, "i");

/** The first written day of a span: "10 Nov 11" is the 10th (of 2011), not November 11. */
function writtenDayMonth(written: string): RegExpExecArray | null {
  const a = monthDay.exec(written);
  const b = dayMonth.exec(written);
  return a === null ? b : b === null ? a : a.index <= b.index ? a : b;
}

function capitalised(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** An ISO day moved by n days. */
export function shiftDay(iso: string, days: number): string {
  return new Date(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A day the sentence states, moved by one: a weekday to the day before ("Tuesday" → "Monday"), a written date to the
 * day before or, on the first of a month, the day after ("March 19" → "March 18"), both when the span gives both
 * ("Sunday, April 8" → "Saturday, April 7"). `span` is a day time expression.
 */
export function dateEdit(
  article: Article,
  time: { start: number; end: number; text: string; value: string | null },
  fact: Edit["fact"],
): Edit | null {
  if (time.value === null || !/^\d{4}-\d{2}-\d{2}/.test(time.value)) return null;
  const written = article.text.slice(time.start, time.end);
  const wd = weekday.exec(written);
  const md = writtenDayMonth(written);
  const mdDay = md?.[1];
  if (wd !== null && md !== null && mdDay !== undefined) {
    // "Sunday, April 8": both words move, or the article would give two days ("Saturday, April 8").
    const delta = Number(mdDay) === 1 ? 1 : -1;
    const i = weekdays.indexOf(wd[0].toLowerCase());
    const start = time.start + md.index + md[0].indexOf(mdDay);
    const wdStart = time.start + wd.index;
    return {
      ...edit("date", fact, article, start, start + mdDay.length, String(Number(mdDay) + delta), {
        from: time.value.slice(0, 10),
        to: shiftDay(time.value, delta),
      }),
      also: [
        {
          start: wdStart,
          end: wdStart + wd[0].length,
          replacement: capitalised(weekdays[(i + 7 + delta) % 7] ?? "", wd[0]),
        },
      ],
    };
  }
  if (wd !== null) {
    const i = weekdays.indexOf(wd[0].toLowerCase());
    const before = weekdays[(i + 6) % 7] ?? "";
    const start = time.start + wd.index;
    return edit("date", fact, article, start, start + wd[0].length, capitalised(before, wd[0]), {
      from: time.value.slice(0, 10),
      to: shiftDay(time.value, -1),
    });
  }
  const m = md;
  const day = mdDay;
  if (m === null || day === undefined) return null;
  const delta = Number(day) === 1 ? 1 : -1;
  const start = time.start + m.index + m[0].indexOf(day);
  return edit("date", fact, article, start, start + day.length, String(Number(day) + delta), {
    from: time.value.slice(0, 10),
    to: shiftDay(time.value, delta),
  });
}

/** Cities to swap in, with their state: well known to the registry, spread over states. */
export const swapCities: readonly { name: string; country: string }[] = [
  { name: "Houston", country: "USA" },
  { name: "Denver", country: "USA" },
  { name: "Atlanta", country: "USA" },
  { name: "Lyon", country: "FRA" },
  { name: "Osaka", country: "JPN" },
  { name: "Nairobi", country: "KEN" },
  { name: "Lima", country: "PER" },
  { name: "Madrid", country: "ESP" },
  { name: "Cairo", country: "EGY" },
  { name: "Jakarta", country: "IDN" },
];

interface CityRecord {
  city: string;
  city_ascii: string;
  province: string;
  iso3: string;
  pop: number;
}

/** Cities big enough for the registry and a reader to know (the gazetteer lists towns of a few thousand too). */
const minSwapPopulation = 100_000;

let gazetteer: CityRecord[] | null = null;
function cities(): CityRecord[] {
  gazetteer ??= [...(require("city-timezones") as { cityMapping: CityRecord[] }).cityMapping].sort(
    (a, b) => b.pop - a.pop,
  );
  return gazetteer;
}

/**
 * A city of the same state as the place, in another province, that the story does not name: the likeliest wrong
 * place an outlet would print ("Thessaloniki" → "Patra", not "Houston" in a Greek story). Null when the gazetteer has
 * none (the state is unknown, or has no other big city).
 */
function sameStateCity(name: string, country: string | null, storyText: string): string | null {
  if (country === null) return null;
  const provinces = new Set(
    cities()
      .filter((c) => c.city === name || c.city_ascii === name)
      .map((c) => c.province),
  );
  provinces.add(name);
  const city = cities().find(
    (c) =>
      c.iso3 === country &&
      c.city === c.city_ascii &&
      c.pop >= minSwapPopulation &&
      !provinces.has(c.province) &&
      c.city !== name &&
      !storyText.includes(c.city),
  );
  return city?.city ?? null;
}

/**
 * A place mention replaced by another city that the story does not name: a big city of the same state in another
 * province when the gazetteer has one ("in Dallas" → "in New York", "in Thessaloniki" → "in Patra"), else one of
 * `swapCities` of another state ("in Kyiv" → "in Lyon"); every other mention of that place by the same words in the
 * article is replaced too.
 */
export function placeEdit(
  article: Article,
  mention: { start: number; end: number; text: string; actor: string },
  storyText: string,
  fact: Edit["fact"],
): Edit | null {
  const country = article.actors.find((a) => a.id === mention.actor)?.country ?? null;
  const near = sameStateCity(mention.text, country, storyText);
  const unused = swapCities.filter((c) => !storyText.includes(c.name) && c.name !== mention.text);
  const city = near ?? (unused.find((c) => c.country === country) ?? unused.find((c) => c.country !== country))?.name;
  if (city === undefined) return null;
  // An outlet that puts the event in another city names that city throughout ("Vancouver police" become "Toronto
  // police"); one changed mention would leave the article naming both cities, as a story of two happenings does.
  const also = article.mentions
    .filter(
      (m) =>
        m.actor === mention.actor && m.text.toLowerCase() === mention.text.toLowerCase() && m.start !== mention.start,
    )
    .map((m) => ({ start: m.start, end: m.end, replacement: city }));
  return {
    ...edit("place", fact, article, mention.start, mention.end, city, { from: mention.text, to: city }),
    ...(also.length === 0 ? {} : { also }),
  };
}

/** How a mention names an actor so that a reader sees who: its name, an alias or a surname (not "he", "the president"). */
const namingKinds: ReadonlySet<string> = new Set(["name", "alias", "surname"]);

type Role = "source" | "target";

/** The mention naming an event's actor in a role: at the coder's span, by name, alias or surname; else null. */
export function namingMentionOf(article: Article, event: ArticleEvent, role: Role): Mention | null {
  const span = role === "source" ? event.sourceSpan : event.targetSpan;
  if (span === undefined) return null;
  const mention = article.mentions.find(
    (m) => m.actor === event[role] && m.channel !== true && m.start < span.end && span.start < m.end,
  );
  return mention?.kind !== undefined && namingKinds.has(mention.kind) ? mention : null;
}

/** What kind of event an actor edit was planted in: an act, a thing said, or a joint act. */
export function eventClass(code: string): "act" | "said" | "joint" {
  return verbalRoots.has(code.slice(0, 2)) ? "said" : mutualCodes.has(code) ? "joint" : "act";
}

/**
 * The actor of one role of an event another outlet also reports, where both outlets name it (`othersName`: the
 * other outlets name the same actor in that role), replaced by another actor of the same type that the story names
 * and that is not a part or a holder of it ("Russia" → "Belarus", "Pelosi" → "Chuck Schumer"; never "Russia" → "the
 * Russian army"): the wrong "who did it" an outlet prints. Every other event of that act in the article (same root,
 * same other side) gets the same actor, so the article does not contradict itself. `pick` chooses the replacement.
 *
 * @example actorEdit(article, event, "source", storyActors, true, pick) // { from: "Russia", to: "Belarus", … }
 */
export function actorEdit(
  article: Article,
  event: ArticleEvent,
  role: Role,
  storyActors: readonly Actor[],
  othersName: boolean,
  pick: (n: number) => number,
): Edit | null {
  const other = role === "source" ? event.target : event.source;
  const actor = article.actors.find((a) => a.id === event[role]);
  if (!othersName || other === null || actor === undefined || !namedTypes.has(actor.type)) return null;
  const mention = namingMentionOf(article, event, role);
  if (mention === null) return null;
  const sentence = article.sentences.find((s) => s.start <= event.start && event.start < s.end);
  if (sentence === undefined) return null;
  const inSentence = new Set(
    article.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end).map((m) => m.actor),
  );
  const candidates = [...new Map(storyActors.map((a) => [a.id, a])).values()].filter(
    (a) =>
      a.id !== other &&
      !inSentence.has(a.id) &&
      distinctActors(actor, a) &&
      (a.type !== "person" || a.name.split(" ").length >= 2),
  );
  const replacement = candidates[pick(candidates.length)];
  if (replacement === undefined) return null;
  const root = event.code.slice(0, 2);
  const otherRole: Role = role === "source" ? "target" : "source";
  const also = article.events
    .filter((e) => e !== event && e.code.slice(0, 2) === root && e[role] === actor.id && e[otherRole] === other)
    .map((e) => namingMentionOf(article, e, role))
    .filter((m): m is Mention => m !== null && m.start !== mention.start)
    .map((m) => ({ start: m.start, end: m.end, replacement: replacement.name }));
  const unique = [...new Map(also.map((a) => [a.start, a])).values()];
  return {
    ...edit("actor", "story-event", article, mention.start, mention.end, replacement.name, {
      from: actor.name,
      to: replacement.name,
    }),
    ...(unique.length === 0 ? {} : { also: unique }),
    group: eventClass(event.code),
  };
}
