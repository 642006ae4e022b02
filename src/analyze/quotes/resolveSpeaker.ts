import type { Mention, Span } from "../../article.js";
import type { Gender } from "./nameGender.js";
import { givenNameGender, isCommonWord, isGivenName } from "./nameGender.js";
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
  /** The pronoun it can take, from a title ("Mr.", "Mrs."), a given name ("Hillary") or a role ("spokeswoman"). */
  gender: Gender | null;
  /** The last word without a possessive ("Clinton"), by which a surname alone takes the gender given in full. */
  surname: string;
  /** Where it was last referred to when that is later than `start`: a pronoun speaker resolved to it ("…,” he added). */
  at?: number;
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
  // Surnames of the names read so far (index into `out`), and single capitalised words to find them alone.
  const surnames = new Map<string, number>();
  const singles = text.matchAll(SINGLE_CAPITAL);
  let single: RegExpExecArray | undefined = singles.next().value;
  let r = 0;
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
      // "Entrusting Donald Trump", "Court Justice Antonin Scalia": capitalised words that are English words and no
      // given names open a sentence or a title, not the name.
      while (skip < words.length - 2 && isLeadWord(words[skip] ?? "")) {
        start += (words[skip] ?? "").length + 1;
        skip++;
      }
      const kept = words.slice(skip);
      if (kept.length < 2) continue;
      // "Fox News", "The Washington Post": outlets have the shape of names.
      if (kept.some((w) => media.has(w.toLowerCase()))) continue;
      // "Mr. Obama's decision": the name without its possessive.
      let end = match.index + match[0].length;
      const last = (kept.at(-1) ?? "").replace(POSSESSIVE_END, "");
      end -= (kept.at(-1) ?? "").length - last.length;
      kept[kept.length - 1] = last;
      if (!namesPerson(kept)) continue;
      while (q < quoted.length && (quoted[q] as Span).end <= start) q++;
      if (insideAny(quoted, start, q)) continue;
      out.push(antecedent({ start, end, text: kept.join(" ") }, true));
      if (!TITLE.test(`${last}.`)) surnames.set(last, out.length - 1);
    }
    // A surname alone after the full name ("Anthony Weiner … Weiner mostly dropped out"): the same person.
    for (; single !== undefined && single.index < until; single = singles.next().value) {
      const word = single[0].replace(POSSESSIVE_END, "");
      const known = surnames.get(word);
      if (known === undefined) continue;
      const full = out[known] as Antecedent;
      if (single.index < full.end) continue;
      while (r < quoted.length && (quoted[r] as Span).end <= single.index) r++;
      if (insideAny(quoted, single.index, r)) continue;
      const prev = text[single.index - 1] ?? "";
      // Part of a longer capitalised run ("Trump Tower" is read by the name pattern, not here).
      if (
        /\p{L}/u.test(text[single.index + single[0].length + 1] ?? "") &&
        /\p{Lu}/u.test(text[single.index + single[0].length + 1] ?? "")
      )
        continue;
      if (prev === "." || /\p{L}/u.test(prev)) continue;
      out.push({ ...full, start: single.index, end: single.index + word.length, text: word, surname: word });
    }
    return out;
  };
}

const POSSESSIVE_END = /['’]s?$/u;
/** A capitalised word standing alone, maybe with a possessive: "Weiner", "Clinton’s". */
const SINGLE_CAPITAL = /(?<![\p{L}.])\p{Lu}[\p{Ll}'’-]+(?![\p{L}])/gu;
const TITLE = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.$/u;
/** Last words of names of places, bodies and events, not people: "Marshall Islands", "Keene State College". */
const PLACE_END = new Set([
  "island",
  "islands",
  "city",
  "county",
  "street",
  "avenue",
  "road",
  "square",
  "college",
  "university",
  "school",
  "council",
  "department",
  "party",
  "war",
  "day",
  "foundation",
  "institute",
  "center",
  "centre",
  "house",
  "hall",
  "park",
  "river",
  "valley",
  "springs",
  "bay",
  "beach",
  "airport",
  "church",
  "hospital",
  "court",
  "committee",
  "commission",
  "agency",
  "office",
  "survey",
  "times",
  "news",
  "journal",
  "group",
  "fund",
  "bank",
  "company",
  "association",
  "union",
  "league",
  "states",
  "state",
  "republic",
  "kingdom",
  "coast",
  "east",
  "west",
  "tower",
  "act",
  "program",
  "summit",
  "forum",
  "grants",
  "debates",
  "americans",
  "republicans",
  "democrats",
]);

/** A capitalised English word that is no given name or title: "Entrusting", "Court", "Even". */
function isLeadWord(word: string): boolean {
  return !TITLE.test(word) && isCommonWord(word.replace(POSSESSIVE_END, "")) && !isGivenName(word);
}

/**
 * Whether capitalised words have the make of a person's name: after a title ("Mr. Clarke"), or not ending like a
 * place or body ("Marshall Islands", "Mexico City") nor holding a day or month, and with a given name or a word that
 * is no English word at either end ("Kofi Annan", "Ivanka Trump" yes; "Wall Street", "Middle East" no).
 */
function namesPerson(words: readonly string[]): boolean {
  const first = words[0] ?? "";
  const last = words.at(-1) ?? "";
  if (TITLE.test(first)) return true;
  if (PLACE_END.has(last.toLowerCase()) || words.some((w) => CALENDAR.test(w))) return false;
  return isGivenName(first) || isGivenName(last) || !isCommonWord(first) || !isCommonWord(last);
}

/** Days and months: "Florida Friday", "Even Friday" are no names. */
const CALENDAR =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)(?:['’]s?)?$/u;

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
      : title === "Mrs." || title === "Ms." || title === "Miss"
        ? "she"
        : lowerHead && FEMALE_HEAD.test(head)
          ? "she"
          : lowerHead && MALE_HEAD.test(head)
            ? "he"
            : isPerson && !lowerHead
              ? nameGender(text)
              : null;
  const surname = head.replace(POSSESSIVE_END, "");
  return { start: phrase.start, end: phrase.end, text, person: isPerson, plural, gender, surname };
}

const WHITESPACE = /\s/u;
/** Lower-case heads that tell a gender: "the spokeswoman", "his wife"; "the chairman", "her son". */
const FEMALE_HEAD = /(?:woman|^wife|^mother|^daughter|^sister|^queen|^princess|^actress)$/u;
const MALE_HEAD = /(?:man|^husband|^father|^son|^brother|^king|^prince)$/u;

/**
 * The gender a name's given name tells: the capitalised word before the surname, read back from it and stopping at a
 * lower-case word ("White House spokesman Josh Earnest" → Josh, "John F. Kerry" → John).
 */
function nameGender(text: string): Gender | null {
  let end = text.lastIndexOf(" ");
  while (end > 0) {
    const start = text.lastIndexOf(" ", end - 1) + 1;
    const w = text.slice(start, end);
    end = start - 1;
    if (INITIAL.test(w)) continue;
    if (!CAPITALISED.test(w)) return null;
    const gender = givenNameGender(w);
    if (gender !== null) return gender;
  }
  return null;
}
const INITIAL = /^\p{Lu}\.$/u;
const CAPITALISED = /^\p{Lu}/u;
/** Lower-case heads of phrases that name a person: "a senior official", "the spokesman". */
const PERSON_HEAD =
  /(?:man|woman|spokesperson|official|minister|secretary|senator|president|adviser|advisor|envoy|aide|analyst|leader|candidate|governor|ambassador|chief|director|lawyer|attorney|source|expert|nominee|front-?runner|mayor|judge|lawmaker|economist|professor|strategist|pollster|activist|officer|commander|moderator|host|reporter|founder|executive|wife|husband|mother|father|daughter|son|sister|brother|actress|actor|staffer|worker|employee|member|voter|resident|student|teacher|doctor|soldier|veteran|widow)$/u;
