import type { Sentence } from "../../article.js";
import type { Antecedent } from "./resolveSpeaker.js";
import type { Phrase } from "./speakerPhrase.js";

/** Words that open a fronted adverbial clause or phrase: "After meeting Putin, Trump said…", "Like Obama, I…". */
const FRONTED =
  /^(?:after|before|when|while|since|although|though|despite|unlike|like|as|in|on|at|during|with|without|following|because|if|once|until|by|for|from|under|asked|speaking|writing|responding|referring)$/iu;
/** A possessive ending right after a name: "Trump's running mate" names Trump but is not about him. */
const POSSESSIVE_AFTER = /^['’]s?\b/u;
/** The first word of a sentence. */
const FIRST_WORD = /^[\s"“”‘’'(—–-]*([\p{L}]+)/u;

/** Where a candidate was last referred to: a pronoun speaker resolved to it carries it on ("…,” he added). */
function position(c: Antecedent): number {
  return c.at ?? c.start;
}

/** The index of the sentence holding `offset` (binary search), or -1 before the first. */
function sentenceIndex(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid] as Sentence).start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The antecedent of a pronoun speaker ("he said", "they argued"): among the earlier candidates that agree with it
 * ("he"/"she" a person of that or no known gender, "they"/"we" a group or plural, "it" an organisation) within
 * `window` characters, those of the nearest sentence, and there the leftmost: the subject, as a reader takes it
 * ("Trump said praise from Putin would not sway him. He said…" is Trump). A fronted clause does not hold the subject
 * ("After meeting Putin, Trump said…"), nor does a possessive ("Trump's running mate, Pence, …"). A surname with no
 * gender of its own takes the one the article gave it in full ("Hillary Clinton … Clinton"). `candidates` come in
 * lists (names, then speakers: the first wins a tie at the same offset). Null when none agrees.
 *
 * @example salientAntecedent({ text: "He", start: 60, end: 62 }, [trump, putin], sentences, text) // trump
 */
export function salientAntecedent(
  pronoun: Phrase,
  candidates: ReadonlyArray<readonly Antecedent[]>,
  sentences: readonly Sentence[],
  text: string,
  window = 3000,
): Antecedent | null {
  const p = pronoun.text.toLowerCase();
  const earlier: Antecedent[] = [];
  for (const list of candidates) {
    for (const c of list) {
      const at = position(c);
      if (at < pronoun.start && at >= pronoun.start - window) earlier.push(c);
    }
  }
  if (earlier.length === 0) return null;
  if (p === "they" || p === "we") earlier.push(...coordinatedPeople(earlier, text));
  // Surnames the article gave a gender to, by a first name or a title ("Mrs. Clinton"); null when both were given.
  const surnames = new Map<string, Antecedent["gender"]>();
  if (p === "he" || p === "she") {
    for (const c of earlier) {
      if (!c.person || c.gender === null) continue;
      const last = c.surname;
      const known = surnames.get(last);
      surnames.set(last, known === undefined || known === c.gender ? c.gender : null);
    }
  }
  const fits = (c: Antecedent): boolean => {
    if (p === "he" || p === "she") {
      if (!c.person || c.plural) return false;
      const gender = c.gender ?? surnames.get(c.surname) ?? null;
      return gender === null || gender === p;
    }
    if (!c.person && !namesSomething(c)) return false;
    if (p === "they" || p === "we") return c.plural || !c.person;
    if (p === "it") return !c.person && !c.plural;
    return false;
  };
  // The agreeing candidates of the nearest sentence that has any.
  let nearest = -2;
  let bucket: Antecedent[] = [];
  for (const c of earlier) {
    if (!fits(c)) continue;
    const s = sentenceIndex(sentences, position(c));
    if (s > nearest) {
      nearest = s;
      bucket = [c];
    } else if (s === nearest) bucket.push(c);
  }
  if (bucket.length === 0) return null;
  return subjectOf(bucket, sentences[nearest], text);
}

/** Words that may open a phrase naming a group or a thing: "the groups", "some Republicans", "both campaigns". */
const PHRASE_OPENING =
  /^(?:the|a|an|this|that|these|those|some|many|most|much|both|all|several|few|other|others|each|every|any|no|his|her|their|its|our|my|your|two|three|four|five|one)$/u;
/** "Mike Crapo and Jim Risch", "Clinton, and Sen. Sanders": two people joined by "and" (a title may follow it). */
const AND_BETWEEN = /^,?\s+and\s+(?:\p{Lu}[\p{L}]*\.?\s+)?$/u;
/** The comma between names of a list: "Ames, Bell and Cho". */
const LIST_COMMA = /^,\s+$/u;

/**
 * Whether a candidate that is no person reads as a noun phrase naming something ("the groups", "NATO", "officials"),
 * not a stray verb phrase a cue rule took for a speaker ("elected", "shown support").
 */
function namesSomething(c: Antecedent): boolean {
  const first = /^[\p{L}'’-]+/u.exec(c.text)?.[0] ?? "";
  if (first === "" || first[0] !== first[0]?.toLowerCase()) return true;
  return PHRASE_OPENING.test(first.toLowerCase()) || (c.plural && !c.text.includes(" "));
}

/**
 * People joined by "and" among the candidates ("Mike Crapo and Jim Risch", "Ames, Bell and Cho"), each group as one
 * plural candidate that "they" can take.
 */
function coordinatedPeople(candidates: readonly Antecedent[], text: string): Antecedent[] {
  const people = candidates.filter((c) => c.person && !c.plural).sort((a, b) => a.start - b.start);
  const out: Antecedent[] = [];
  for (let k = 1; k < people.length; k++) {
    const last = people[k] as Antecedent;
    let first = k - 1;
    if (!AND_BETWEEN.test(between(people, first, text))) continue;
    while (first > 0 && LIST_COMMA.test(between(people, first - 1, text))) first--;
    const head = people[first] as Antecedent;
    const group = text.slice(head.start, last.end);
    out.push({
      start: head.start,
      end: last.end,
      text: group,
      person: true,
      plural: true,
      gender: null,
      surname: last.surname,
    });
  }
  return out;
}

/** The text between the candidate at `k` and the next one, or "" when they overlap. */
function between(people: readonly Antecedent[], k: number, text: string): string {
  const a = people[k] as Antecedent;
  const b = people[k + 1] as Antecedent;
  return b.start <= a.end ? "" : text.slice(a.end, b.start);
}

/** The candidate of one sentence a pronoun takes: the leftmost outside a fronted clause and not a possessor. */
function subjectOf(bucket: readonly Antecedent[], sentence: Sentence | undefined, text: string): Antecedent | null {
  const sorted = [...bucket].sort((a, b) => position(a) - position(b));
  let from = 0;
  if (sentence !== undefined) {
    const head = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 200));
    const first = FIRST_WORD.exec(head)?.[1] ?? "";
    const comma = head.indexOf(",");
    if (FRONTED.test(first) && comma !== -1) {
      const after = sorted.findIndex((c) => position(c) > sentence.start + comma);
      if (after !== -1) from = after;
    }
  }
  const rest = sorted.slice(from);
  const subject = rest.find((c) => !POSSESSIVE_AFTER.test(text.slice(c.end, c.end + 3))) ?? rest[0];
  return subject ?? null;
}
