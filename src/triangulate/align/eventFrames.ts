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
  { name: "open", aboutDate: "the day the talks opened", aboutPlace: "where the talks opened", trigger: openTrigger, requires: meetingNoun, requiresWithin: 40 },
  { name: "meet", aboutDate: "the day of the meeting", aboutPlace: "where the meeting took place", trigger: meetTrigger },
  { name: "strike", aboutDate: "the day the earthquake struck", aboutPlace: "where the earthquake struck", trigger: strikeTrigger, requires: quakeNoun },
  { name: "epicentre", aboutDate: "the day of the epicentre reading", aboutPlace: "where the epicentre was", trigger: epicentreTrigger, singular: true },
];

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
  /** Actor id of the place bound to the trigger, if any. */
  place: string | null;
  placeText: string | null;
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
          : article.text.slice(Math.max(sentence.start, at - cls.requiresWithin), Math.min(sentence.end, at + match[0].length + cls.requiresWithin));
      if (cls.requires !== undefined && !cls.requires.test(near)) continue;
      seenSentences.add(sentence.start);
      const after = at + match[0].length;
      const limit = Math.min(sentence.end, after + bindWindow);
      const time = article.times.find(
        (t) => t.start >= after && t.end <= limit && t.value !== null && isoDay.test(t.value) && t.precision === "day",
      );
      const place = article.mentions.find((m) => m.kind === "place" && m.start >= after && m.end <= limit);
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
      const start = at - sentence.start <= 60 ? sentence.start : at;
      frames.push({
        article: article.id,
        kind: cls.name,
        aboutDate: cls.aboutDate,
        aboutPlace: cls.aboutPlace,
        singular: cls.singular === true,
        date: time?.value?.slice(0, 10) ?? null,
        dateText: time?.text ?? null,
        place: place?.actor ?? null,
        placeText: place?.text ?? null,
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
