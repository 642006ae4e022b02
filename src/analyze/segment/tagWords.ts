/**
 * Part-of-speech tags from wink-nlp for one stretch of text (a sentence), with offsets into the whole text. One model
 * for the process, loaded on first use (about 100 ms): the stages tag only the sentences their cheaper checks leave in
 * doubt, never every sentence of every article.
 */
import winkNLP from "wink-nlp";
import type { ItsFunction, WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** One tagged word. */
export interface TaggedWord {
  text: string;
  /** Lower-case lemma ("fell" → "fall"); the word itself, lower-cased, unless lemmas were asked for. */
  lemma: string;
  /** Universal Dependencies tag as wink-nlp gives it ("VERB", "NOUN", "PROPN", "PRON", "SCONJ"…). */
  pos: string;
  start: number;
  end: number;
}

let nlp: WinkMethods | null = null;
/**
 * Only the part-of-speech pass: wink-nlp's tagger reads the tokens alone, not the sentence breaks, entities,
 * negation or sentiment of the default pipe, so the tags and lemmas are the same (checked on every sentence and
 * nine-word window of 400 bench articles) at about a third of the cost per call.
 */
const tagger = (): WinkMethods => (nlp ??= winkNLP(model, ["pos"]));

/** Farther than this from the previous token, a token found by search is not the one wink-nlp read. */
const maxGap = 40;

/**
 * Tags `text[start, end)`; offsets are into `text`. A token wink-nlp rewrote (quotes, ellipses) is skipped rather
 * than misplaced.
 *
 * @example tagWords("Airbus unveiled the A380.", 0, 25).map((w) => w.pos) // ["PROPN", "VERB", "DET", "PROPN", "PUNCT"]
 */
export function tagWords(text: string, start: number, end: number, options: { lemmas?: boolean } = {}): TaggedWord[] {
  const winkNlp = tagger();
  const its = winkNlp.its;
  const slice = text.slice(start, end);
  const tokens = winkNlp.readDoc(slice).tokens();
  const words = tokens.out();
  const tags = tokens.out(its.pos);
  // wink-nlp's typings declare `its.lemma` with the document-level signature; `out` calls it per token.
  const lemmas =
    options.lemmas === true
      ? (tokens.out(its.lemma as unknown as ItsFunction<string>) as unknown as string[])
      : undefined;
  const out: TaggedWord[] = [];
  let cursor = 0;
  words.forEach((word, i) => {
    const at = slice.indexOf(word, cursor);
    if (at === -1 || at - cursor > maxGap) return;
    cursor = at + word.length;
    out.push({
      text: word,
      lemma: (lemmas?.[i] ?? word).toLowerCase(),
      pos: tags[i] ?? "X",
      start: start + at,
      end: start + at + word.length,
    });
  });
  return out;
}
