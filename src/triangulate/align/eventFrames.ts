/**
 * Event frames: a sentence's trigger ("opened", "met", "epicentre") with the day and the place bound to it and the
 * actors around it. Matching frames across articles is how date and place discrepancies are found.
 */

import type { Article } from "../../article.js";

/** Kinds of event a frame can be, with the words that trigger each. */
interface TriggerClass {
  name: string;
  /** Human wording for `about` of a date discrepancy and of a place discrepancy. */
  aboutDate: string;
  aboutPlace: string;
  trigger: RegExp;
  /** A word the sentence must also hold for the trigger to count ("opened" is an event only for talks, a summit…). */
  requires?: RegExp;
  /** The fact is one per story (an earthquake's epicentre): frames match on the kind alone. */
  singular?: boolean;
  /** How near the trigger the required word must stand (characters either side). */
  requiresWithin?: number;
}

/** Onsets of a meeting or negotiation: "talks opened", "began a new round". */
const openTrigger = /\b(?:opened|began|begun|started|kicked off|got under way|got underway)\b/gi;
const meetingNoun = /\b(?:talks|round|negotiations|summit|meeting|conference)\b/i;
/** A meeting between parties: "met", "held talks with", "in talks in". */
const meetTrigger = /\b(?:met|meets|held talks|holds talks|in talks|talks with)\b/gi;
/** An earthquake or blast striking. */
const strikeTrigger = /\b(?:struck|hit|shook|jolted)\b/gi;
const quakeNoun = /\b(?:earthquake|quake|tremor|temblor)\b/i;
const epicentreTrigger = /\bepicent(?:re|er)\b/gi;

export const triggerClasses: readonly TriggerClass[] = [
  {
    name: "open",
    aboutDate: "the day the talks opened",
    aboutPlace: "where the talks opened",
    trigger: openTrigger,
    requires: meetingNoun,
    requiresWithin: 40,
  },
  {
    name: "meet",
    aboutDate: "the day of the meeting",
    aboutPlace: "where the meeting took place",
    trigger: meetTrigger,
  },
  {
    name: "strike",
    aboutDate: "the day the earthquake struck",
    aboutPlace: "where the earthquake struck",
    trigger: strikeTrigger,
    requires: quakeNoun,
  },
  {
    name: "epicentre",
    aboutDate: "the day of the epicentre reading",
    aboutPlace: "where the epicentre was",
    trigger: epicentreTrigger,
    singular: true,
  },
];

/** A metonym is a place only after a locative ("in the Qatari capital, Doha"), not as a subject ("Washington said"). */
const locativeBefore = /\b(?:in|at|near|capital)\b[^.;]*$/i;
/**
 * Words before a place that make it a reference point the event lies near or away from ("35 kilometres southwest
 * of Arequipa", "85 miles from Manokwari", "near the city of Moquegua"), not the area it lies in ("in Papua").
 */
const referencePointBefore =
  /\b(?:near|from|outside|off|close to|(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of|(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?)\)?\s+of)\b/i;
/** How far before the place its relation word may stand (characters). */
const relationWindow = 40;
/** How far after the trigger its day and place may stand (characters). */
const bindWindow = 90;
const isoDay = /^\d{4}-\d{2}-\d{2}/;

export interface EventFrame {
  article: string;
  kind: string;
  aboutDate: string;
  aboutPlace: string;
  singular: boolean;
  /** The resolved day (YYYY-MM-DD) bound to the trigger, if any. */
  date: string | null;
  dateText: string | null;
  /** `inferred` when the day was computed ("three days after" a dated event) or resolved from a weekday. */
  dateEvidence: "stated" | "inferred" | null;
  /** Actor id of the place bound to the trigger, if any. */
  place: string | null;
  placeText: string | null;
  /** The place as written, lower-cased: "Doha" the place and "Doha" standing for Qatar are one place. */
  placeKey: string | null;
  /** `near` when the place is a reference point ("35 km southwest of X", "near X"), `in` when it contains the event. */
  placeRelation: "in" | "near" | null;
  /** Non-place actors of the sentence. */
  participants: string[];
  /** Non-place actors of the trigger's clause (from the last comma before it to the bound day or place). */
  clauseParticipants: string[];
  /** The article's words from the trigger (or the subject before it) to the bound day or place. */
  text: string;
  start: number;
  end: number;
}

function sentenceOf(article: Article, at: number): { start: number; end: number } {
  return article.sentences.find((s) => s.start <= at && at < s.end) ?? { start: 0, end: article.text.length };
}

/** "three days after": a count of days or weeks and the word that orders the event against the sentence's date. */
const relativeOffset = /^P(\d+)([DW])$/;
const orderWord = /^\s+(after|before)\b[^,.;]{0,40}$/i;

/**
 * The day of an event placed relative to the sentence's dated event ("met in Cairo on Thursday, three days after
 * talks opened"): that date minus (after) or plus (before) the span. Null when the sentence gives no such pair.
 */
export function relativeDate(
  article: Article,
  sentence: { start: number; end: number },
  at: number,
): { date: string; text: string; start: number } | null {
  for (const span of article.times) {
    if (span.start < sentence.start || span.end > at) continue;
    const offset = relativeOffset.exec(span.value ?? "");
    const order = orderWord.exec(article.text.slice(span.end, at));
    if (offset === null || order === null) continue;
    const anchor = article.times.find(
      (t) => t.start >= sentence.start && t.end <= span.start && t.precision === "day" && isoDay.test(t.value ?? ""),
    );
    if (anchor?.value == null) continue;
    const days = Number(offset[1]) * (offset[2] === "W" ? 7 : 1) * (order[1]?.toLowerCase() === "after" ? -1 : 1);
    const base = Date.parse(`${anchor.value.slice(0, 10)}T00:00:00Z`);
    if (Number.isNaN(base)) continue;
    return { date: new Date(base + days * 86_400_000).toISOString().slice(0, 10), text: span.text, start: span.start };
  }
  return null;
}

/** The first trigger of each class in each sentence, with what binds to it. */
export function eventFrames(article: Article): EventFrame[] {
  const frames: EventFrame[] = [];
  for (const cls of triggerClasses) {
    const seenSentences = new Set<number>();
    for (const match of article.text.matchAll(new RegExp(cls.trigger.source, "gi"))) {
      const at = match.index;
      const sentence = sentenceOf(article, at);
      if (seenSentences.has(sentence.start)) continue;
      const near =
        cls.requiresWithin === undefined
          ? article.text.slice(sentence.start, sentence.end)
          : article.text.slice(
              Math.max(sentence.start, at - cls.requiresWithin),
              Math.min(sentence.end, at + match[0].length + cls.requiresWithin),
            );
      if (cls.requires !== undefined && !cls.requires.test(near)) continue;
      seenSentences.add(sentence.start);
      const after = at + match[0].length;
      const limit = Math.min(sentence.end, after + bindWindow);
      const time = article.times.find(
        (t) => t.start >= after && t.end <= limit && t.value !== null && isoDay.test(t.value) && t.precision === "day",
      );
      const relative = time === undefined ? relativeDate(article, sentence, at) : null;
      // A capital standing for its state ("Doha" as Qatar) still names where the event happened.
      const place = article.mentions.find(
        (m) =>
          m.start >= after &&
          m.end <= limit &&
          (m.kind === "place" ||
            (m.kind === "metonym" && locativeBefore.test(article.text.slice(Math.max(after, m.start - 30), m.start)))),
      );
      const mentions = article.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
      const participants = [...new Set(mentions.filter((m) => m.kind !== "place").map((m) => m.actor))];
      const end = Math.max(time?.end ?? after, place?.end ?? after);
      const clauseStart = sentence.start + article.text.slice(sentence.start, at).lastIndexOf(",") + 1;
      const clauseParticipants = [
        ...new Set(
          mentions.filter((m) => m.kind !== "place" && m.start >= clauseStart && m.end <= end).map((m) => m.actor),
        ),
      ];
      // Start at the sentence's subject when it is short ("talks opened"), else at the trigger.
      const start = at - sentence.start <= 60 ? sentence.start : Math.min(at, relative?.start ?? at);
      frames.push({
        article: article.id,
        kind: cls.name,
        aboutDate: cls.aboutDate,
        aboutPlace: cls.aboutPlace,
        singular: cls.singular === true,
        date: time?.value?.slice(0, 10) ?? relative?.date ?? null,
        dateEvidence: time?.evidence ?? (relative === null ? null : "inferred"),
        dateText: time?.text ?? relative?.text ?? null,
        place: place?.actor ?? null,
        placeText: place?.text ?? null,
        placeKey: place === undefined ? null : place.text.toLowerCase().replace(/^the\s+/, ""),
        placeRelation:
          place === undefined
            ? null
            : referencePointBefore.test(article.text.slice(Math.max(at, place.start - relationWindow), place.start))
              ? "near"
              : "in",
        participants,
        clauseParticipants,
        text: article.text.slice(start, end).trim(),
        start,
        end,
      });
    }
  }
  return frames;
}
