import type { QuoteDocument, RawQuote } from "./document.js";
import { objectAfter, overlapsAny } from "./document.js";
import { namesHolder } from "./stanceAdjectives.js";
import { sentenceSubject } from "./sentenceSubject.js";
import type { Phrase } from "./speakerPhrase.js";
import type { Token } from "./tokens.js";

/**
 * Stance nouns with the word that opens their object, whoever holds them: "raised questions about [the deal]",
 * "a call for [a ban]", "supporters of [Sanders]". Learned from the PolNeAR train split: noun cues of its gold
 * Cue spans whose object overlaps a gold Content in at least 60% of their occurrences not already attributed.
 */
export const STANCE_OBJECTS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    questions: ["about"],
    question: ["about"],
    support: ["for"],
    talk: ["about", "of"],
    call: ["for", "to"],
    calls: ["for"],
    supporters: ["of"],
    opposition: ["to"],
    view: ["of"],
    doubts: ["about"],
    positions: ["on"],
    stance: ["on"],
    concerns: ["about"],
    favor: ["of"],
    lawsuit: ["against"],
    message: ["of"],
    critique: ["of"],
    criticism: ["for", "over"],
    proposal: ["for"],
    accusations: ["of"],
    allegations: ["of"],
    chants: ["of"],
    debate: ["about"],
    embrace: ["of"],
    remarks: ["about"],
    passion: ["for"],
    announcement: ["of"],
    stories: ["about"],
  }).map(([noun, links]) => [noun, new Set(links)]),
);

/** Possessive determiners naming the holder: "his support for". */
const POSSESSIVES = new Set(["his", "her", "their", "its", "my", "our"]);
/** A possessive noun: "Trump's", "Clinton’s", "Sanders’". */
const POSSESSIVE_NOUN = /^\p{Lu}[\p{L}.-]*(?:['’]s|s['’])$/u;
/** Lower-case words that may stand between a possessive and its noun: "his most eloquent passion for". */
const MAX_MODIFIERS = 3;
/** Nouns naming the holders themselves: "supporters of Sanders". */
const AGENT_NOUNS = new Set(["supporters"]);
/** Words that end the modifiers of an agent noun going left: "of the Democratic supporters". */
const NOT_MODIFIER =
  /^(?:the|a|an|of|to|in|for|and|or|with|by|on|at|from|that|who|as|among|his|her|their|its|our|my)$/u;
const APOSTROPHE = /^['’]$/u;

/** A word modifying an agent noun: "Democratic supporters", "Sanders supporters", "many supporters". */
function isModifier(t: Token): boolean {
  return t.word && !NOT_MODIFIER.test(t.lower);
}
const WORD = /[\p{L}\p{N}]+/gu;
/** Words opening the noun phrase of a stance noun: "raised new questions about", "such calls for". */
const DETERMINER = /^(?:the|a|an|this|that|these|those|such|some|any|no|more|new|growing|strong|broad|renewed|fresh)$/u;
/** Words after which a noun phrase opens a clause: "and support for…", "but questions about…". */
const CLAUSE_OPENING = /^(?:and|but|or|nor|yet|so|while|as|because|although|though|when|if)$/u;
/** Subjects that name nobody: "It is…", "There are calls for…". */
const UNNAMED_SUBJECT = /^(?:it|there)$/iu;

/**
 * What a stance noun is about, with its holder: "Clinton raised questions about [the deal]" (the subject of the verb
 * that takes the noun), "his long support for [the bill]" (a possessive), "supporters of [Sanders]" (an agent noun).
 * A stance nobody holds ("Calls for a ban grew") gives no quote. The object runs to the end of its clause. Stretches
 * already taken by another quote are left to it. Never throws.
 *
 * @example stanceObjects(prepare("Clinton raised questions about the deal.", …), [])[0] // content "the deal", speaker "Clinton"
 */
export function stanceObjects(doc: QuoteDocument, taken: readonly RawQuote[]): RawQuote[] {
  const { text, tokens } = doc;
  const out: RawQuote[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const noun = tokens[i] as Token;
    const links = STANCE_OBJECTS.get(noun.lower);
    if (links === undefined || doc.quoteOf[i] !== -1 || !links.has((tokens[i + 1] as Token).lower)) continue;
    const sentence = doc.sentenceOf[i] ?? -1;
    const range = doc.sentenceTokens[sentence];
    if (range === undefined) continue;
    const object = objectAfter(doc, i + 2, range.to);
    if (object === null) continue;
    const { content, end } = object;
    if ((text.slice(content.start, content.end).match(WORD) ?? []).length === 0) continue;
    if (overlapsAny(taken, content) || overlapsAny(out, content)) continue;
    // A stance nobody is said to hold ("Support for the measure fell") is not attributed.
    const holder = holderOf(doc, i, range) ?? subjectBefore(doc, range, i);
    if (holder === null) continue;
    out.push({
      kind: "indirect",
      parts: [content],
      cue: { kind: "object", from: i, to: i + 2 },
      speaker: holder,
      evidence: "stated",
      viaFrom: i,
      viaTo: i,
      sentence,
      inherit: false,
    });
    i = end - 1;
  }
  return out;
}

/**
 * Who holds the stance noun at `i` by the noun phrase itself: an agent noun ("Democratic supporters of") or a
 * possessive before it ("Trump's", "his long support for"); else null.
 */
function holderOf(doc: QuoteDocument, i: number, range: { from: number; to: number }): Phrase | null {
  const { text, tokens } = doc;
  const noun = tokens[i] as Token;
  // "supporters of Sanders": the agent noun, with its modifiers ("Democratic supporters"), holds the stance.
  if (AGENT_NOUNS.has(noun.lower)) {
    let from = i;
    while (from > range.from && from > i - 3 && isModifier(tokens[from - 1] as Token)) from--;
    const start = (tokens[from] as Token).start;
    return { start, end: noun.end, text: text.slice(start, noun.end) };
  }
  // "his long support for", "Sanders’ vote in favor of": a possessive up to two modifiers before the noun.
  let k = i - 1;
  for (let m = 0; k >= range.from && m < MAX_MODIFIERS; m++, k--) {
    const t = tokens[k] as Token;
    if (POSSESSIVES.has(t.lower)) return { start: t.start, end: t.end, text: t.text };
    if (POSSESSIVE_NOUN.test(t.text)) {
      const name = t.text.replace(/['’]s?$/u, "");
      return { start: t.start, end: t.start + name.length, text: name };
    }
    // "Sanders’ vote": the apostrophe stands apart from a name ending in "s".
    const name = tokens[k - 1];
    if (APOSTROPHE.test(t.text) && name !== undefined && name.cap && name.lower.endsWith("s") && name.end === t.start)
      return { start: name.start, end: name.end, text: name.text };
    if (!t.word || t.cap) break;
  }
  return null;
}

/**
 * The subject of the sentence when it stands before the noun: the source of a stance its predicate states
 * ("Clinton raised questions about…", "In Iowa, Clinton drew applause with a call for…"). Null for "It"/"There".
 */
function subjectBefore(doc: QuoteDocument, range: { from: number; to: number }, i: number): Phrase | null {
  let k = i - 1;
  while (k >= range.from && DETERMINER.test((doc.tokens[k] as Token).lower)) k--;
  // "…, and support for the measure fell": the noun phrase opens a clause of its own and is its subject.
  const before = doc.tokens[k];
  if (k < range.from || before === undefined || !before.word || CLAUSE_OPENING.test(before.lower)) return null;
  const subject = sentenceSubject(doc, range, i);
  const noun = doc.tokens[i] as Token;
  if (subject === null || subject.end > noun.start || UNNAMED_SUBJECT.test(subject.text)) return null;
  return namesHolder(subject) ? subject : null;
}
