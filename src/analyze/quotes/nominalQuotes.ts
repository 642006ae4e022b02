import type { QuoteDocument, RawQuote } from "./document.js";
import { objectAfter, overlapsAny } from "./document.js";
import type { Phrase } from "./speakerPhrase.js";
import { pronouns, subjectAfter } from "./speakerPhrase.js";
import { stanceObjects } from "./stanceObjects.js";
import type { Token } from "./tokens.js";

/** Possessive determiners that name the holder of a stance: "his criticism of…", "their support for…". */
const possessives = new Set(["his", "her", "their", "its", "my", "our"]);
/** A possessive noun: "Trump's", "Clinton’s" (the tokenizer keeps the apostrophe inside the word). */
const POSSESSIVE_NOUN = /^\p{Lu}[\p{L}.-]*['’]s$/u;
/** Content needs at least one word. */
const CONTENT_WORD = /[\p{L}\p{N}]/u;

/**
 * Stances stated as nouns with their holder: "Clinton’s criticism of [the deal]", "his support for [Sanders]",
 * "their claim that [the vote was rigged]" (PolNeAR marks these as attributions, the holder as the source).
 * The noun must follow a possessive ("his", "Trump’s") and be followed by its preposition or "that", both from
 * the `nominal` list of the lexicon ("criticism of", "claim that"). The content runs to the end of the clause.
 * A stretch already taken by another quote is left to it. Never throws.
 *
 * @example nominalQuotes(prepare("Trump's attacks on Clinton grew.", …), []) // content "Clinton", speaker "Trump's"
 */
export function nominalQuotes(doc: QuoteDocument, taken: readonly RawQuote[]): RawQuote[] {
  const { text, tokens, cues } = doc;
  const out: RawQuote[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const noun = tokens[i] as Token;
    const objects = cues.nominal.get(noun.lower);
    if (objects === undefined || doc.quoteOf[i] !== -1) continue;
    const link = tokens[i + 1] as Token;
    if (!objects.has(link.lower)) continue;
    const holder = holderBefore(tokens, i);
    if (holder === null) continue;
    const sentence = doc.sentenceOf[i] ?? -1;
    const range = doc.sentenceTokens[sentence];
    if (range === undefined || holder < range.from) continue;
    const object = objectAfter(doc, i + 2, range.to);
    if (object === null) continue;
    const { content, end } = object;
    if (!CONTENT_WORD.test(text.slice(content.start, content.end))) continue;
    if (overlapsAny(taken, content)) continue;
    const h = tokens[holder] as Token;
    // "Trump's" speaks as "Trump"; "his" is the subject of the sentence when a name opens it ("Trump is doubling
    // down on his attacks on…"), else resolved like "he".
    const name = possessives.has(h.lower) ? h.text : h.text.replace(/['’]s$/u, "");
    const subject = possessives.has(h.lower) ? namedSubject(doc, range.from, holder) : null;
    out.push({
      kind: "indirect",
      parts: [content],
      cue: { kind: "object", from: i, to: i + 2 },
      speaker: subject ?? { start: h.start, end: h.start + name.length, text: name },
      evidence: subject === null ? "stated" : "inferred",
      viaFrom: i,
      viaTo: i,
      sentence,
      inherit: false,
    });
    i = end - 1;
  }
  // Stance nouns whose holder is not a possessive ("Clinton raised questions about…") are read after these.
  return [...out, ...stanceObjects(doc, [...taken, ...out])];
}

/** The name opening the sentence as its subject, before token `before`: "Trump" in "Trump is doubling down on his…". */
function namedSubject(doc: QuoteDocument, from: number, before: number): Phrase | null {
  const first = doc.tokens[from];
  if (first === undefined || !first.cap || pronouns.has(first.lower)) return null;
  const phrase = subjectAfter(doc.text, doc.tokens, from - 1, before);
  const head = phrase?.text.split(/\s+/u).at(-1) ?? "";
  // A name, not "The campaign": every word of it capitalised, and no possessive ("Trump's campaign").
  if (phrase === null || !/^\p{Lu}/u.test(head) || /['’]s\b/u.test(phrase.text)) return null;
  if (phrase.text.split(/\s+/u).some((w) => !/^\p{Lu}/u.test(w))) return null;
  return phrase;
}

/** The token of the possessive holding the noun at `i` ("his", "Trump's"), one adjective between allowed. */
function holderBefore(tokens: readonly Token[], i: number): number | null {
  for (let k = i - 1; k >= i - 2 && k >= 0; k--) {
    const t = tokens[k] as Token;
    if (possessives.has(t.lower) || POSSESSIVE_NOUN.test(t.text)) return k;
    // "his sharp criticism of": one lower-case word may stand between.
    if (!t.word || t.cap) return null;
  }
  return null;
}
