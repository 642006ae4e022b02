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
    let letters = 0;
    let upperOnly = 0;
    while (t < tokens.length && (tokens[t]?.start ?? Infinity) < bound.end) {
      const token = tokens[t] as Token;
      sentence[t] = index;
      if (opener) {
        sentenceInitial[t] = true;
        opener = openerPattern.test(token.text);
      }
      const text = token.text;
      if (token.cap || (text.length >= 4 && startsWithLetter(text))) {
        letters++;
        if (token.cap && text.length > 1 && allUpper(text)) upperOnly++;
        // Only whether there is any counts: once one is found the set need not be asked again.
        if (lowerWords === 0 && !token.cap && !headlineLowerWords.has(text)) lowerWords++;
      } else if (startsWithLetter(text)) {
        letters++;
      }
      t++;
    }
    const headline = lowerWords === 0 && capitalisedCommonWord(tokens, first, t, sentenceInitial, commonWords);
    const shouting = letters >= 3 && upperOnly / letters > 0.7;
    if (headline || shouting) titleCase.fill(true, first, t);
  });
  return { sentenceInitial, titleCase, sentence };
}

/**
 * Whether a capitalised common word of four letters or more stands in tokens `first`..`end` past the sentence's
 * opening. Asked only of sentences without lower-case words: a lookup in the large word list is costly.
 */
function capitalisedCommonWord(
  tokens: readonly Token[],
  first: number,
  end: number,
  sentenceInitial: readonly boolean[],
  commonWords: ReadonlySet<string>,
): boolean {
  for (let t = first; t < end; t++) {
    const token = tokens[t] as Token;
    if (token.cap && !sentenceInitial[t] && token.text.length >= 4 && commonWords.has(token.text.toLowerCase()))
      return true;
  }
  return false;
}

/** `letterStart`, with ASCII read from the character code. */
function startsWithLetter(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first < 0x80) return (first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a);
  return letterStart.test(text);
}

/** The text equals its upper case; a lower-case ASCII letter second says no without building the upper case. */
function allUpper(text: string): boolean {
  const second = text.charCodeAt(1);
  if (second >= 0x61 && second <= 0x7a) return false;
  return text === text.toUpperCase();
}
