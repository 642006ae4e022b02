/**
 * Task documents as Parallax input: the tokenised sentences joined back into readable text (one paragraph per
 * sentence, the title first), and the way back from a span of the article's clean text to the task's
 * `docid-sentence-word` event names.
 */
import type { Article, RawDocument } from "../../src/article.js";
import type { TaskDocument } from "./corpus.js";

/** Where one task token landed in a text. */
export interface PlacedToken {
  sentence: number;
  token: number;
  /** The task's token ("``"), and the form written into the text ('"'). */
  text: string;
  shown: string;
  start: number;
  end: number;
}

/** Tokens written without a space before them (closing punctuation, clitics). */
const noSpaceBefore = /^(?:[,.;:!?)\]}%]|'s|'S|n't|'re|'ve|'ll|'d|'m|')$/;
/** Tokens written without a space after them (opening brackets, currency). */
const noSpaceAfter = /^[([{$£€]$/;

/** Joins one sentence's tokens into text, with each token's offsets (relative to `offset`). */
function joinTokens(
  tokens: readonly string[],
  sentence: number,
  offset: number,
): { text: string; placed: PlacedToken[] } {
  let text = "";
  const placed: PlacedToken[] = [];
  let quoteOpen = false;
  let glueNext = false;
  tokens.forEach((token, i) => {
    const shown = token === "``" || token === "''" ? '"' : token;
    const isQuote = shown === '"';
    const closing = token === "''" || (token === '"' && quoteOpen);
    const glue = i === 0 || glueNext || noSpaceBefore.test(shown) || (isQuote && closing);
    if (!glue) text += " ";
    const start = offset + text.length;
    placed.push({ sentence, token: i, text: token, shown, start, end: start + shown.length });
    text += shown;
    glueNext = noSpaceAfter.test(shown) || (isQuote && !closing);
    if (isQuote) quoteOpen = !closing;
  });
  return { text, placed };
}

export interface PreparedDocument {
  raw: RawDocument;
  /** The tokens as placed in `raw.body`. */
  tokens: PlacedToken[];
}

/** The raw document Parallax reads for a task document: title, then one paragraph per sentence. */
export function prepareDocument(doc: TaskDocument): PreparedDocument {
  let body = "";
  const tokens: PlacedToken[] = [];
  doc.sentences.forEach((sentence, index) => {
    if (index > 0) body += "\n\n";
    const joined = joinTokens(sentence, index, body.length);
    body += joined.text;
    tokens.push(...joined.placed);
  });
  return {
    raw: {
      source: `semeval2015/${doc.id}`,
      id: doc.id,
      format: "text",
      body, // No title in the metadata: the cleaner would drop the first line as a repeated headline, and the task
      // annotates events in it (sentence 0).
      meta: { published: doc.dct },
    },
    tokens,
  };
}

/**
 * Places the task tokens in the article's clean text, sentence by sentence (one paragraph each in the input):
 * cleaning may drop a line (a timestamp) or reflow spaces, so a sentence not found as written is left out.
 */
export function placeInArticle(tokens: readonly PlacedToken[], article: Pick<Article, "text">): PlacedToken[] {
  const out: PlacedToken[] = [];
  const bySentence = new Map<number, PlacedToken[]>();
  for (const t of tokens) bySentence.set(t.sentence, [...(bySentence.get(t.sentence) ?? []), t]);
  let cursor = 0;
  for (const group of bySentence.values()) {
    const first = group[0];
    const last = group.at(-1);
    if (first === undefined || last === undefined) continue;
    const text = group.map((t) => t.shown).join("");
    // Rebuild the sentence as written (with its spaces) from the offsets of its first and last token.
    const written = sentenceText(group);
    const at = article.text.indexOf(written, cursor);
    if (at === -1 || text === "") continue;
    const shift = at - first.start;
    for (const t of group) out.push({ ...t, start: t.start + shift, end: t.end + shift });
    cursor = at + written.length;
  }
  return out;
}

/** A sentence's text as `prepareDocument` wrote it, from its tokens' offsets. */
function sentenceText(group: readonly PlacedToken[]): string {
  const first = group[0];
  if (first === undefined) return "";
  let text = "";
  for (const t of group) text += " ".repeat(t.start - first.start - text.length) + t.shown;
  return text;
}

/** The task's name of an event mention: `docid-sentence-word` (multi-word forms joined by "_"). */
export const mentionName = (docId: string, token: Pick<PlacedToken, "sentence" | "text">): string =>
  `${docId}-${token.sentence}-${token.text}`;

/** The placed tokens inside a span of the clean text. */
export function tokensIn(tokens: readonly PlacedToken[], start: number, end: number): PlacedToken[] {
  return tokens.filter((t) => t.start >= start && t.end <= end);
}
