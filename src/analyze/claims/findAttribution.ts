import type { Evidence, Mention, Quote, Span } from "../../article.js";
import type { ClaimLexicon } from "./lexicon.js";
import { wordsAfter } from "./words.js";
import type { Word } from "./words.js";
import { allMatches } from "../allMatches.js";

/** Who states a figure: an actor id, or the article's own words for the source when no actor is known. */
export interface Attribution extends Span {
  attributedTo: string;
  evidence: Evidence;
}

/** "according to X", "citing X", "by X's count". */
const accordingTo = /\b(?:according\s+to|citing|per)\s+/giu;
const byCount =
  /\b[Bb]y\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){1,4}|[\p{L}'’.-]+['’]s\s+)(?:own\s+)?(?:count|tally|estimates?|figures|calculations?)\b/gu;
/** Words that end a source phrase after "according to" or "said". */
const sourceStops = new Set(
  "that which who whom on in at as after before when while since and but because with to for from during amid over".split(
    " ",
  ),
);
/** "U.N.", "U.S.": capitals with full stops. */
const dottedAcronym = /^(?:\p{Lu}\.){2,}$/u;
const pronouns = new Set("he she they it we i you this that these those him her them us me".split(" "));
/** Words that may stand between a subject and its reporting verb: "the ministry [also] said", "officials [have] estimated". */
const verbPrefixes = new Set(
  (
    "also has have had previously earlier later again now separately can can't cannot could would will won't may " +
    "might must should did didn't does doesn't do don't recently reportedly"
  ).split(" "),
);
/** Words before a reporting verb that make it a noun: "the report", "its claims", "new records". */
const nounBefore = new Set(
  "the a an its their his her this that these those of new initial latest final annual".split(" "),
);
/** Cardinal words a subject never crosses ("Forty-one percent of respondents say"). */
const numberWord =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|percent|half|third|dozens?|hundreds|thousands|millions)(?:-|$)/u;
/** Words that end a subject going leftwards. */
const subjectStops = new Set("and but that while because as which who when after before since if or".split(" "));

const calendar =
  /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|June|July|August|September|October|November|December)$/u;

/** The source phrase after "according to", up to punctuation or a clause word, at most eight words; "a tally by X" gives X. */
function phraseAfter(words: readonly Word[]): readonly Word[] {
  const out: Word[] = [];
  for (const w of words) {
    if (!w.isWord || sourceStops.has(w.lower) || out.length >= 8) break;
    out.push(w);
  }
  const by = out.findIndex((w) => w.lower === "by");
  return by >= 0 && by < out.length - 1 ? out.slice(by + 1) : out;
}

/** Sentence words, with offsets, for scanning verbs and subjects. */
function sentenceWords(text: string, sentence: Span): Word[] {
  return wordsAfter(text, sentence.start, sentence.end, 400);
}

/** The subject of `words[verb]`, read leftwards to a clause boundary: "Gaza's Health Ministry", "Israeli officials". */
function subjectBefore(words: readonly Word[], verb: number): Word[] {
  let i = verb - 1;
  while (i >= 0 && verbPrefixes.has((words[i] as Word).lower)) i--;
  const out: Word[] = [];
  for (; i >= 0 && out.length < 8; i--) {
    const w = words[i] as Word;
    if (!w.isWord || subjectStops.has(w.lower) || /^\p{N}/u.test(w.text) || numberWord.test(w.lower)) break;
    out.unshift(w);
  }
  if (out.some((w) => pronouns.has(w.lower))) return [];
  // "the International Monetary Fund this week": a time phrase is no part of the source.
  const time = out.findIndex((w, j) => j > 0 && (/^(?:this|last|next|on)$/u.test(w.lower) || calendar.test(w.text)));
  if (time > 0) out.splice(time);
  // "numbers released Tuesday by the state Division of Elections": the agent after "by" is the source.
  const by = out.findIndex((w) => w.lower === "by");
  if (by >= 0 && by < out.length - 1) return out.slice(by + 1);
  // "An ABC News tracking poll published on Sunday": drop the participle clause.
  const participle = out.findIndex((w, j) => j > 0 && /^\p{Ll}+ed$/u.test(w.text));
  const kept = participle > 0 ? out.slice(0, participle) : out;
  // "investigators in Ukraine": the place is no part of the source.
  const place = kept.findIndex((w, j) => j > 0 && /^(?:in|at|from|near|across)$/u.test(w.lower));
  return place > 0 ? kept.slice(0, place) : kept;
}

/** A phrase can name a source: a source noun ("officials", "ministry"), a name, or an actor mention. */
function isSource(all: readonly Word[], mentions: readonly Mention[], lexicon: ClaimLexicon): boolean {
  let first = 0;
  while (first < all.length - 1 && /^(?:the|a|an)$/u.test((all[first] as Word).lower)) first++;
  const phrase = all.slice(first);
  if (phrase.length === 0) return false;
  if (phrase.length === 1 && pronouns.has((phrase[0] as Word).lower)) return false;
  // "Numbers show": figures need someone who made them.
  if (phrase.every((w) => lexicon.data.has(w.lower))) return false;
  if (phrase.some((w) => lexicon.sources.has(w.lower))) return true;
  const start = (phrase[0] as Word).start;
  const end = (phrase.at(-1) as Word).end;
  if (mentions.some((m) => m.start >= start && m.end <= end && m.kind !== "place")) return true;
  // "the U.N. said": a dotted acronym names a body.
  const head = (phrase[0] as Word).text;
  return (
    phrase.some((w, i) => i > 0 && /^\p{Lu}/u.test(w.text)) || /^\p{Lu}\p{L}+/u.test(head) || dottedAcronym.test(head)
  );
}

/**
 * The actor a source phrase names: the mention that covers its head word, or, when the head names figures
 * themselves ("Israeli figures", "a Reuters tally"), the mention before it. Otherwise the phrase's own words.
 */
function resolve(text: string, phrase: readonly Word[], mentions: readonly Mention[], lexicon: ClaimLexicon): string {
  let first = 0;
  while (first < phrase.length - 1 && /^(?:the|a|an)$/u.test((phrase[first] as Word).lower)) first++;
  const words = phrase.slice(first);
  const start = (words[0] as Word).start;
  const head = words.at(-1) as Word;
  const inside = mentions.filter(
    (m) => m.start >= start && m.end <= head.end && m.kind !== "place" && m.channel !== true,
  );
  const covering = inside.find((m) => m.end === head.end);
  if (covering !== undefined) return covering.actor;
  if (lexicon.data.has(head.lower) && inside.length > 0) return (inside.at(-1) as Mention).actor;
  // "by the army's count": the source is the army.
  return text.slice(start, head.end).replace(/['’]s$/u, "");
}

function attribution(
  text: string,
  phrase: readonly Word[],
  mentions: readonly Mention[],
  lexicon: ClaimLexicon,
  evidence: Evidence = "stated",
): Attribution {
  return {
    attributedTo: resolve(text, phrase, mentions, lexicon),
    evidence,
    start: (phrase[0] as Word).start,
    end: (phrase.at(-1) as Word).end,
  };
}

/**
 * Who states the figure at `figure` in `sentence`: "according to X", "by X's count", the speaker of a quote
 * holding the figure, or the subject of a reporting verb ("Gaza's Health Ministry reports…", "…, officials said").
 * Null when the article states the figure in its own voice.
 *
 * @example findAttribution(text, sentence, figure, mentions, quotes, lexicon)?.attributedTo // "Gaza's Health Ministry"
 */
export function findAttribution(
  text: string,
  sentence: Span,
  figure: Span,
  mentions: readonly Mention[],
  quotes: readonly Quote[],
  lexicon: ClaimLexicon,
): Attribution | null {
  const body = text.slice(sentence.start, sentence.end);
  let best: Attribution | null = null;
  for (const m of allMatches(accordingTo, body)) {
    const at = sentence.start + m.index + m[0].length;
    if (at >= figure.start && at < figure.end) continue;
    const phrase = phraseAfter(wordsAfter(text, at, sentence.end, 12));
    if (phrase.length === 0 || (m[0].trim().toLowerCase() === "per" && !isSource(phrase, mentions, lexicon))) continue;
    const candidate = attribution(text, phrase, mentions, lexicon);
    if (best === null || Math.abs(candidate.start - figure.start) < Math.abs(best.start - figure.start))
      best = candidate;
  }
  if (best !== null) return best;
  for (const m of allMatches(byCount, body)) {
    const at = sentence.start + m.index + m[0].indexOf(m[1] ?? "");
    const phrase = wordsAfter(text, at, at + (m[1] ?? "").trimEnd().length, 8);
    if (phrase.length > 0) return attribution(text, phrase, mentions, lexicon);
  }
  const quote = quotes.find(
    (q) => q.start <= figure.start && q.end >= figure.end && (q.speaker ?? q.speakerText) !== null,
  );
  if (quote !== undefined) {
    const who = quote.speaker ?? quote.speakerText ?? "";
    return { attributedTo: who, evidence: quote.evidence, start: quote.start, end: quote.end };
  }
  const words = sentenceWords(text, sentence);
  const verbs = words
    .map((w, i) => [w, i] as const)
    .filter(([w, i]) => isReportingVerb(words, w, i, lexicon))
    .sort(([a], [b]) => Math.abs(a.start - figure.start) - Math.abs(b.start - figure.start));
  for (const [, i] of verbs) {
    const subject = subjectBefore(words, i);
    if (subject.length > 0) {
      if (isSource(subject, mentions, lexicon) && !overlaps(subject, figure))
        return attribution(text, subject, mentions, lexicon);
      continue;
    }
    // Post-posed subject: "…, said the ministry." / "…, said Ashraf al-Qudra, a ministry spokesman." — but the
    // words after "told" are the audience ("he told CNN").
    if (/^(?:told|tells|tell)$/u.test((words[i] as Word).lower)) continue;
    const after = phraseAfter(words.slice(i + 1));
    if (isSource(after, mentions, lexicon) && !overlaps(after, figure))
      return attribution(text, after, mentions, lexicon);
  }
  return null;
}

/** A reporting verb in use: lower case ("the United States" is no verb) and not a noun after a determiner ("the report"). */
function isReportingVerb(words: readonly Word[], w: Word, i: number, lexicon: ClaimLexicon): boolean {
  if (!w.isWord || w.lower === "according" || !lexicon.reporting.has(w.lower) || !/^\p{Ll}/u.test(w.text)) return false;
  const before = words[i - 1];
  return before === undefined || !nounBefore.has(before.lower);
}

function overlaps(phrase: readonly Word[], figure: Span): boolean {
  const start = (phrase[0] as Word).start;
  const end = (phrase.at(-1) as Word).end;
  return start < figure.end && figure.start < end;
}
