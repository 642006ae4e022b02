import { startsUpper, tokenize } from "./tokenize.js";
import type { Token } from "./tokenize.js";

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
}

/** A phrase found by `longest`: the index after its last token, and its values. */
export interface TrieMatch<T> {
  end: number;
  values: T[];
}

/** How a token is looked up: as written, or folded to lower case (used for titles after "the"). */
export type KeyFold = "exact" | "lower";

/**
 * Phrases of several tokens stored for longest-match lookup over a token list, built once per run.
 *
 * @example trie.add("the White House", hit); trie.longest(tokens, i) // { end: i + 3, values: [hit] }
 */
export class TokenTrie<T> {
  /**
   * The first tokens of the phrases, split by whether they start with a capital. Most article tokens do not, and
   * few phrases start so ("the", "al-Qaeda", "military"): looking such a token up in the small map is much cheaper
   * than in the large one (a fresh token string's first lookup in a map of thousands of names misses the caches).
   */
  private readonly firstUpper = new Map<string, TrieNode<T>>();
  private readonly firstOther = new Map<string, TrieNode<T>>();

  constructor(private readonly fold: KeyFold = "exact") {}

  private key(text: string, index: number): string {
    if (this.fold === "lower") return text.toLowerCase();
    // "the White House" / "The White House": the lead word matches in either case.
    return index === 0 && text === "The" ? "the" : text;
  }

  /** The map of first tokens `key` belongs to; `cap` says whether `text`, which `key` was made of, starts upper. */
  private first(key: string, text: string, cap: boolean): Map<string, TrieNode<T>> {
    const upper = key === text ? cap : startsUpper(key);
    return upper ? this.firstUpper : this.firstOther;
  }

  /** Adds a phrase; it is tokenised like the article text. Empty phrases are ignored. */
  add(phrase: string, value: T): void {
    const tokens = tokenize(phrase);
    if (tokens.length === 0) return;
    let node: TrieNode<T> | null = null;
    for (const [index, token] of tokens.entries()) {
      const key = this.key(token.text, index);
      const map: Map<string, TrieNode<T>> = node ? node.next : this.first(key, token.text, token.cap);
      let child: TrieNode<T> | undefined = map.get(key);
      if (!child) {
        child = { next: new Map(), values: [] };
        map.set(key, child);
      }
      node = child;
    }
    if (node && !node.values.includes(value)) node.values.push(value);
  }

  /** The longest phrase starting at `start`: the index after its last token, and its values; or null. */
  longest(tokens: readonly Token[], start: number): TrieMatch<T> | null {
    const token = tokens[start];
    if (!token) return null;
    const key = this.key(token.text, 0);
    let node = this.first(key, token.text, token.cap).get(key);
    if (!node) return null;
    let best: TrieMatch<T> | null = node.values.length > 0 ? { end: start + 1, values: node.values } : null;
    for (let i = start + 1; i < tokens.length; i++) {
      const next = tokens[i];
      if (!next) break;
      const child: TrieNode<T> | undefined = node.next.get(this.key(next.text, i - start));
      if (!child) break;
      node = child;
      if (node.values.length > 0) best = { end: i + 1, values: node.values };
    }
    return best;
  }

  /** Whether one token alone is a phrase. */
  has(text: string): boolean {
    return this.get(text).length > 0;
  }

  /** The values of a one-token phrase. */
  get(text: string): T[] {
    const key = this.key(text, 0);
    return this.first(key, text, startsUpper(text)).get(key)?.values ?? [];
  }
}
