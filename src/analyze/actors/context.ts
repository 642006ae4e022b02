import type { Sentence } from "../../article.js";
import type { Token } from "./tokenize.js";

/** Per-token facts about the sentence a token sits in, computed once per article. */
export interface TokenContext {
  /** The token opens a sentence (or follows an opening quote or dash there): its capital tells nothing. */
  sentenceInitial: boolean[];
  /** The token sits in a headline-like sentence, most words capitalised: capitals tell nothing there either. */
  titleCase: boolean[];
  /** The index of the token's sentence (-1 outside every sentence). */
  sentence: number[];
}

const letterStart = /^\p{L}/u;
const openerPattern = /^["“‘'([—–-]$/;

/** Short words a title-case headline may leave in lower case ("Checks Into Rehab After Arrest"). */
const headlineLowerWords = new Set(["with", "from", "into", "over", "than", "that", "upon", "onto", "amid", "after"]);

/**
 * Marks sentence-initial tokens and tokens of headline-like sentences: no lower-case word of four letters or more
 * but a capitalised common word past the first ("Lindsay Lohan Checks Into Betty Ford Center"), or all capitals.
 *
 * @example tokenContext(tokenize("Lohan Checks Into Rehab"), [{ start: 0, end: 23, paragraph: 0 }], words)
 */
export function tokenContext(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  commonWords: ReadonlySet<string>,
): TokenContext {
  const sentenceInitial = new Array<boolean>(tokens.length).fill(false);
  const titleCase = new Array<boolean>(tokens.length).fill(false);
  const sentence = new Array<number>(tokens.length).fill(-1);
  const bounds = sentences.length > 0 ? sentences : tokens.length > 0 ? [{ start: 0, end: Infinity }] : [];
  let t = 0;
  bounds.forEach((bound, index) => {
    while (t < tokens.length && (tokens[t]?.start ?? 0) < bound.start) t++;
    const first = t;
    let opener = true;
    let lowerWords = 0;
    let capitalisedCommon = 0;
    let letters = 0;
    let upperOnly = 0;
    while (t < tokens.length && (tokens[t]?.start ?? Infinity) < bound.end) {
      const token = tokens[t] as Token;
      sentence[t] = index;
      const initial = opener;
      if (opener) {
        sentenceInitial[t] = true;
        opener = openerPattern.test(token.text);
      }
      const text = token.text;
      if (token.cap || (text.length >= 4 && letterStart.test(text))) {
        letters++;
        if (token.cap && text.length > 1 && text === text.toUpperCase()) upperOnly++;
        if (!token.cap && !headlineLowerWords.has(text)) lowerWords++;
        if (token.cap && !initial && text.length >= 4 && commonWords.has(text.toLowerCase())) capitalisedCommon++;
      } else if (letterStart.test(text)) {
        letters++;
      }
      t++;
    }
    const headline = lowerWords === 0 && capitalisedCommon > 0;
    const shouting = letters >= 3 && upperOnly / letters > 0.7;
    if (headline || shouting) titleCase.fill(true, first, t);
  });
  return { sentenceInitial, titleCase, sentence };
}
