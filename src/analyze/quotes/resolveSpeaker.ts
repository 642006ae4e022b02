import type { Mention, Span } from "../../article.js";
import type { Phrase } from "./speakerPhrase.js";

/** A speaker phrase handed to a linker: its text and offsets in the clean text. */
export interface SpeakerRef extends Span {
  text: string;
}

/**
 * Links a speaker phrase to an actor id, or null. The default reads the actors stage's mentions; pass your own to
 * plug in another registry.
 *
 * @example const link: SpeakerLinker = (speaker) => (speaker.text.endsWith("Rubio") ? "person:marco-rubio" : null);
 */
export type SpeakerLinker = (speaker: SpeakerRef, sentenceIndex: number) => string | null;

/**
 * The default linker over the actors stage's mentions: a person mention inside the speaker phrase, else a mention
 * that ends the phrase (its head: "Qatar's foreign ministry" is not Qatar, "the Qatari foreign minister Al-Khulaifi"
 * is the person). Media used as a channel never speak.
 */
export function mentionLinker(mentions: readonly Mention[]): SpeakerLinker {
  return (speaker) => {
    const inside = mentions.filter(
      (m) => m.channel !== true && m.kind !== "place" && m.end > speaker.start && m.start < speaker.end,
    );
    // "Egypt and Qatar issued…": two actors speak together; one id would credit only one of them.
    if (isCoordination(speaker, inside)) return null;
    let head: Mention | null = null;
    for (const m of inside) {
      if (m.actor.startsWith("person:")) return m.actor;
      if (m.start >= speaker.start && (m.end >= speaker.end - 1 || continuesName(speaker, m))) head = m;
    }
    return head?.actor ?? null;
  };
}

/** What joins two coordinated speakers: "Egypt and Qatar", "Chile, Bolivia". */
const COORDINATOR = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$/u;

/** Whether two of the actors named in the speaker phrase are joined by "and" or a comma. */
function isCoordination(speaker: SpeakerRef, inside: readonly Mention[]): boolean {
  const sorted = [...inside].sort((a, b) => a.start - b.start);
  return sorted.some((m, k) => {
    const next = sorted[k + 1];
    if (next === undefined || next.actor === m.actor || next.start < m.end) return false;
    return COORDINATOR.test(speaker.text.slice(m.end - speaker.start, next.start - speaker.start));
  });
}

/** Capitalised words that carry an organisation's name on to the end of the phrase: "[Civil Defence] Institute". */
const NAME_CONTINUATION = /^(?:\s+\p{Lu}[\p{L}-]*)+$/u;

/** Whether an organisation's mention heads the phrase though its name runs on in capitals ("National Civil Defence Institute"). */
function continuesName(speaker: SpeakerRef, m: Mention): boolean {
  if (m.actor.startsWith("person:") || m.actor.startsWith("country:")) return false;
  return NAME_CONTINUATION.test(speaker.text.slice(m.end - speaker.start));
}

/** A speaker met so far, for pronouns to resolve to. */
export interface Antecedent extends Phrase {
  person: boolean;
  plural: boolean;
  /** "Mr." or "Mrs."/"Ms.": the pronoun it can take. */
  gender: "he" | "she" | null;
}

/** Two or more capitalised words ("McKinley", "DuVernay" too), maybe after a courtesy title: a person's name by its shape. */
const PERSON_NAME =
  /\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s)?\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}\p{Ll}+)?(?:\s(?:\p{Lu}\.\s)?\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}\p{Ll}+)?)+|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}\p{Ll}+)?/gu;
/** Capitalised words that start names of things, not of people. */
const notPersonStart = new Set([
  "the",
  "a",
  "an",
  "in",
  "on",
  "at",
  "but",
  "and",
  "he",
  "she",
  "it",
  "they",
  "we",
  "this",
  "that",
  "white",
  "united",
  "new",
  "north",
  "south",
  "east",
  "west",
  "when",
  "while",
  "after",
  "if",
  "as",
  "for",
  "state",
  "department",
  "house",
  "senate",
  "congress",
  "supreme",
  "republican",
  "democratic",
  "national",
  "foreign",
  "prime",
  "secretary",
  "president",
  "minister",
  "chancellor",
  "senator",
  "ambassador",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "january",
  "february",
  "march",
  "april",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "israeli",
  "american",
]);
const ORG_HEAD =
  /\b(?:ministry|department|office|government|company|campaign|committee|agency|council|newspaper|daily|paper|group|firm|embassy|administration|white house|kremlin|report|poll|survey|statement|board|court|union|party|organization|organisation|commission|bank|army|police|military)$/iu;

/** Names of people by shape in the text (used when no actors stage ran), excluding quoted stretches (in text order). */
export function personNames(text: string, quoted: readonly Span[], media: ReadonlySet<string>): Antecedent[] {
  return [...personNameReader(text, quoted, media)(Number.POSITIVE_INFINITY)];
}

/**
 * `personNames` read lazily: the returned function gives (at least) every name starting before `until`, reading
 * the text no further than needed. Most articles' first pronoun speaker comes early, and many have none.
 */
export function personNameReader(
  text: string,
  quoted: readonly Span[],
  media: ReadonlySet<string>,
): (until: number) => readonly Antecedent[] {
  const out: Antecedent[] = [];
  const matches = text.matchAll(PERSON_NAME);
  let pending: RegExpExecArray | undefined = matches.next().value;
  // Names and quoted stretches both come in text order: one pointer walks the stretches.
  let q = 0;
  return (until) => {
    for (; pending !== undefined && pending.index < until; pending = matches.next().value) {
      const match = pending;
      // "State Marco Rubio" (after "Secretary of"): drop the capitalised words that do not start names of people.
      const words = match[0].split(/\s/u);
      let skip = 0;
      let start = match.index;
      while (skip < words.length && notPersonStart.has((words[skip] ?? "").toLowerCase())) {
        start += (words[skip] ?? "").length + 1;
        skip++;
      }
      const kept = words.slice(skip);
      if (kept.length < 2) continue;
      // "Fox News", "The Washington Post": outlets have the shape of names.
      if (kept.some((w) => media.has(w.toLowerCase()))) continue;
      while (q < quoted.length && (quoted[q] as Span).end <= start) q++;
      if (insideAny(quoted, start, q)) continue;
      out.push(antecedent({ start, end: match.index + match[0].length, text: kept.join(" ") }, true));
    }
    return out;
  };
}

/** Whether `at` falls in one of `spans` (in text order) from index `from` on. */
function insideAny(spans: readonly Span[], at: number, from: number): boolean {
  for (let k = from; k < spans.length; k++) {
    const s = spans[k] as Span;
    if (s.start > at) return false;
    if (at < s.end) return true;
  }
  return false;
}

/** Describes a speaker phrase for later pronouns. */
export function antecedent(phrase: Phrase, person?: boolean): Antecedent {
  // The first and last words as `split(/\s+/u)` gives them, without splitting the whole phrase.
  const text = phrase.text;
  let headStart = text.length;
  while (headStart > 0 && !WHITESPACE.test(text[headStart - 1] ?? "")) headStart--;
  const head = text.slice(headStart);
  let titleEnd = 0;
  while (titleEnd < text.length && !WHITESPACE.test(text[titleEnd] ?? "")) titleEnd++;
  const title = text.slice(0, titleEnd);
  const initial = head[0] ?? "";
  const lowerHead = initial !== initial.toUpperCase();
  const plural = lowerHead && head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("us");
  const isPerson =
    person ??
    (!plural &&
      // Only the last two words can name an organisation ("the foreign ministry", "the White House").
      !(ORG_HEAD.test(text.split(/\s+/u).slice(-2).join(" ")) || /^[\p{Lu}]{2,}$/u.test(head)) &&
      (!lowerHead || PERSON_HEAD.test(head)));
  const gender =
    title === "Mr."
      ? "he"
      : title === "Mrs." || title === "Ms."
        ? "she"
        : /(?:woman|spokeswoman)$/u.test(head)
          ? "she"
          : /(?:man|spokesman)$/u.test(head)
            ? "he"
            : null;
  return { start: phrase.start, end: phrase.end, text, person: isPerson, plural, gender };
}

const WHITESPACE = /\s/u;
/** Lower-case heads of phrases that name a person: "a senior official", "the spokesman". */
const PERSON_HEAD =
  /(?:man|woman|spokesperson|official|minister|secretary|senator|president|adviser|advisor|envoy|aide|analyst|leader|candidate|governor|ambassador|chief|director|lawyer|attorney|source|expert)$/u;

/**
 * The antecedent of a pronoun speaker at `at`: the nearest earlier candidate that fits ("he"/"she" a person of no
 * other gender, "they" a group or plural, "it" an organisation), within `window` characters. Null when none fits.
 */
export function resolvePronoun(
  pronoun: string,
  at: number,
  candidates: readonly Antecedent[],
  window = 3000,
): Antecedent | null {
  const p = pronoun.toLowerCase();
  let best: Antecedent | null = null;
  for (const c of candidates) {
    if (c.start >= at || c.start < at - window) continue;
    const fits =
      p === "he" || p === "she"
        ? c.person && !c.plural && (c.gender === null || c.gender === p)
        : p === "they" || p === "we"
          ? c.plural || !c.person
          : p === "it"
            ? !c.person && !c.plural
            : false;
    if (fits && (best === null || c.start > best.start)) best = c;
  }
  return best;
}
