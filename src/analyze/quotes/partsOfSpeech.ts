import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

/** Universal part-of-speech tags (wink-nlp's tag set): "VERB", "ADJ", "SCONJ", "PRON", "NOUN", … */
export type PartOfSpeech = string;

/** A stretch of text tagged by wink-nlp: each tagged word with its offsets into the whole text. */
export interface TaggedWord {
  start: number;
  end: number;
  pos: PartOfSpeech;
}

let nlp: ReturnType<typeof winkNLP> | null = null;

/**
 * Tags `text[start, end)` (one sentence) with parts of speech. The model is loaded on first use only: the quote
 * finder tags the few sentences its cheaper checks leave in doubt, not every sentence of an article.
 *
 * @example tagWords("They fear that he will lose.", 0, 28)[1] // { start: 5, end: 9, pos: "VERB" }
 */
export function tagWords(text: string, start: number, end: number): TaggedWord[] {
  nlp ??= winkNLP(model);
  const its = nlp.its;
  const slice = text.slice(start, end);
  const tokens = nlp.readDoc(slice).tokens();
  const values = tokens.out();
  const tags = tokens.out(its.pos);
  const out: TaggedWord[] = [];
  let cursor = 0;
  values.forEach((value, k) => {
    const at = slice.indexOf(value, cursor);
    // wink-nlp normalises a few characters (quotes, ellipses): such a token is skipped, not misplaced.
    if (at === -1 || at - cursor > 40) return;
    out.push({ start: start + at, end: start + at + value.length, pos: tags[k] ?? "X" });
    cursor = at + value.length;
  });
  return out;
}
