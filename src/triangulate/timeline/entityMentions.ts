/**
 * Where an entity is mentioned in an article, sentence by sentence: by one of its names, through an actor mention
 * the actors stage linked to it, or through a pronoun or a description ("the carmaker") that refers back to it.
 */
import type { Mention, Span } from "../../article.js";
import type { EntityNames } from "./entityNames.js";
import { nameWordPattern } from "./entityNames.js";
import type { TaggedWord } from "./predicates.js";

/** A sentence of an article: of its clean text, or its headline (which the cleaner keeps apart from the text). */
export interface TextUnit extends Span {
  field: "title" | "text";
  /** The whole field's text (offsets are into it). */
  source: string;
}

/** How a mention reaches the entity: stated by a name or an actor mention, or inferred through coreference. */
export type MentionVia = "name" | "actor" | "pronoun" | "description";

export interface EntityMention extends Span {
  text: string;
  via: MentionVia;
}

interface Word extends Span {
  text: string;
  lower: string;
}

function wordsOf(unit: TextUnit): Word[] {
  const out: Word[] = [];
  const slice = unit.source.slice(unit.start, unit.end);
  for (const m of slice.matchAll(nameWordPattern)) {
    const start = unit.start + (m.index ?? 0);
    out.push({ text: m[0], lower: m[0].toLowerCase(), start, end: start + m[0].length });
  }
  return out;
}

const capitalised = (w: string): boolean => /^\p{Lu}/u.test(w);

/** Words that end a company's name without making it another entity ("Ford Motor Company", "Toyota Motor Corp"). */
const nameSuffixes = new Set([
  "motor",
  "motors",
  "company",
  "co",
  "corp",
  "corporation",
  "inc",
  "group",
  "ltd",
  "plc",
  "holdings",
]);

/**
 * Whether the word after a match continues it into a longer name ("Airbus A380", "Boeing 787", "GM Europe"):
 * that names something else, the entity's product or branch.
 */
function continuesName(source: string, end: number, next: Word | undefined): boolean {
  if (next === undefined || next.start !== end + 1 || source[end] !== " ") return false;
  if (nameSuffixes.has(next.lower)) return false;
  return capitalised(next.text) || /\d/.test(next.text);
}

/** The entity's names in a unit, longest first where they overlap. */
function namesIn(unit: TextUnit, names: EntityNames): EntityMention[] {
  const words = wordsOf(unit);
  const found: EntityMention[] = [];
  for (let i = 0; i < words.length; i++) {
    let best: { end: number; via: MentionVia } | null = null;
    for (const form of names.forms) {
      const n = form.words.length;
      if (i + n > words.length) continue;
      if (!form.words.every((w, j) => words[i + j]?.lower === w)) continue;
      if (form.capitalised && !capitalised(words[i]?.text ?? "")) continue;
      const end = words[i + n - 1]?.end ?? 0;
      if (best === null || end > best.end) best = { end, via: "name" };
    }
    const start = words[i]?.start ?? 0;
    if (best !== null) {
      const bestEnd = best.end;
      const next = words.find((w) => w.start >= bestEnd);
      if (continuesName(unit.source, bestEnd, next)) continue;
      found.push({ start, end: best.end, text: unit.source.slice(start, best.end), via: best.via });
      while (i + 1 < words.length && (words[i + 1]?.start ?? 0) < best.end) i++;
    }
  }
  return found;
}

/** Capitalised words that name no one: days and months (a tagger calls them proper nouns). */
const calendarWordPattern =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** The tagged words of a unit, when there are: they tell proper names from capitalised adjectives ("the Swedish …"). */
export type UnitTags = (unit: number) => readonly TaggedWord[] | null;

/** Whether a word of unit `u` names something (another antecedent a pronoun could refer to). */
function namesSomething(tags: UnitTags, u: number, w: Word): boolean {
  if (calendarWordPattern.test(w.text)) return false;
  const words = tags(u);
  const i = words?.findIndex((t) => t.start === w.start) ?? -1;
  const tagged = words?.[i];
  if (words === null || tagged === undefined) return capitalised(w.text);
  // A proper noun before a common noun modifies it ("the Swedish carmaker"): no antecedent of its own.
  return tagged.pos === "PROPN" && words[i + 1]?.pos !== "NOUN";
}

/** Pronouns that can refer back to a person or to anything else (an organisation, a product, an index). */
const personPronounPattern = /\b(?:he|him|his|she|her)\b/i;
const thingPronounPattern = /\b(?:it|its)\b/i;

/**
 * The entity's mentions in each unit, in order. Within a unit, a fitting pronoun after the entity's name refers to
 * it up to the next name. A unit with no name in it gets a coreferent mention when the previous unit mentions the
 * entity as its subject (before its first verb) and this one holds, before any name, a fitting pronoun or
 * "the"/"this" and a description the articles use for the entity (`descriptions`): centering theory's preferred
 * centre, the subject of one sentence, is what the next one most likely refers back to.
 *
 * @example entityMentions(units, names, [], new Set(["carmaker"]))[1] // [{ text: "the carmaker", via: "description", … }]
 */
export function entityMentions(
  units: readonly TextUnit[],
  names: EntityNames,
  actorMentions: readonly Mention[],
  descriptions: ReadonlySet<string>,
  tags: UnitTags = () => null,
): EntityMention[][] {
  const firstVerb = (u: number): number =>
    tags(u)?.find((w) => w.pos === "VERB" || w.pos === "AUX")?.start ?? Number.POSITIVE_INFINITY;
  const ids = new Set(names.ids);
  const out: EntityMention[][] = [];
  let previous = false;
  units.forEach((unit, u) => {
    const found = namesIn(unit, names);
    if (unit.field === "text") {
      for (const m of actorMentions) {
        if (!ids.has(m.actor) || m.channel === true || m.start < unit.start || m.end > unit.end) continue;
        if (found.some((f) => f.start < m.end && m.start < f.end)) continue;
        found.push({ start: m.start, end: m.end, text: m.text, via: "actor" });
      }
    }
    if (!found.length && previous) {
      const coreferent = corefIn(unit, names.person, descriptions, (w) => namesSomething(tags, u, w));
      if (coreferent !== null) found.push(coreferent);
    } else if (found.length) found.push(...laterPronouns(unit, found, names.person, (w) => namesSomething(tags, u, w)));
    found.sort((a, b) => a.start - b.start);
    out.push(found);
    const subject = found[0];
    previous = subject !== undefined && (subject.via === "pronoun" || subject.start < firstVerb(u));
  });
  return out;
}

/**
 * Pronouns after the entity's mention in its own sentence ("Norvik said it would close …"), up to the next name
 * (after "Norvik met Volvo, which said it …", "it" is Volvo).
 */
function laterPronouns(
  unit: TextUnit,
  found: readonly EntityMention[],
  person: boolean,
  isName: (w: Word) => boolean,
): EntityMention[] {
  const last = Math.max(...found.map((f) => f.end));
  const words = wordsOf(unit).filter((w) => w.start >= last);
  const pattern = person ? personPronounPattern : thingPronounPattern;
  const out: EntityMention[] = [];
  for (const w of words) {
    if (isName(w) && !pattern.test(w.text)) break;
    if (pattern.test(w.text) && w.text.length === w.lower.match(pattern)?.[0].length)
      out.push({ start: w.start, end: w.end, text: w.text, via: "pronoun" });
  }
  return out;
}

function corefIn(
  unit: TextUnit,
  person: boolean,
  descriptions: ReadonlySet<string>,
  isName: (w: Word) => boolean,
): EntityMention | null {
  const words = wordsOf(unit);
  // A name before the pronoun is the nearer antecedent ("Ford said it …"): only what precedes every name refers back.
  const firstName = words.find((w, i) => i > 0 && isName(w));
  const limit = firstName?.start ?? unit.end;
  const slice = unit.source.slice(unit.start, limit);
  const pronoun = (person ? personPronounPattern : thingPronounPattern).exec(slice);
  let description: EntityMention | null = null;
  for (let i = 0; i + 1 < words.length; i++) {
    const det = words[i];
    const noun = words[i + 1];
    if (det === undefined || noun === undefined) continue;
    if (noun.end > limit) break;
    if ((det.lower === "the" || det.lower === "this") && descriptions.has(noun.lower)) {
      description = {
        start: det.start,
        end: noun.end,
        text: unit.source.slice(det.start, noun.end),
        via: "description",
      };
      break;
    }
  }
  const pronounMention: EntityMention | null =
    pronoun === null
      ? null
      : {
          start: unit.start + pronoun.index,
          end: unit.start + pronoun.index + pronoun[0].length,
          text: pronoun[0],
          via: "pronoun",
        };
  if (description !== null && (pronounMention === null || description.start < pronounMention.start)) return description;
  return pronounMention;
}
