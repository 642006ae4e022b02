import { tokenize } from "./tokenize.js";
import type { Token } from "./tokenize.js";

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
}

/** How a token is looked up: as written, or folded to lower case (used for titles after "the"). */
export type KeyFold = "exact" | "lower";

/** Words matched in any case at the start of a phrase ("the White House" / "The White House"). */
const foldedLeadWords = new Set(["the", "The"]);

/**
 * Phrases of several tokens stored for longest-match lookup over a token list, built once per run.
 *
 * @example trie.add("the White House", hit); trie.longest(tokens, i) // { end: i + 3, values: [hit] }
 */
export class TokenTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: [] };

  constructor(private readonly fold: KeyFold = "exact") {}

  private key(text: string, index: number): string {
    if (this.fold === "lower") return text.toLowerCase();
    return index === 0 && foldedLeadWords.has(text) ? "the" : text;
  }

  /** Adds a phrase; it is tokenised like the article text. Empty phrases are ignored. */
  add(phrase: string, value: T): void {
    const tokens = tokenize(phrase);
    if (tokens.length === 0) return;
    let node = this.root;
    tokens.forEach((token, index) => {
      const key = this.key(token.text, index);
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(key, child);
      }
      node = child;
    });
    if (!node.values.includes(value)) node.values.push(value);
  }

  /** The longest phrase starting at `start`: the index after its last token, and its values; or null. */
  longest(tokens: readonly Token[], start: number): { end: number; values: T[] } | null {
    let node = this.root;
    let best: { end: number; values: T[] } | null = null;
    for (let i = start; i < tokens.length; i++) {
      const token = tokens[i];
      if (!token) break;
      const child = node.next.get(this.key(token.text, i - start));
      if (!child) break;
      node = child;
      if (node.values.length > 0) best = { end: i + 1, values: node.values };
    }
    return best;
  }

  /** Whether one token alone is a phrase. */
  has(text: string): boolean {
    return (this.root.next.get(this.key(text, 0))?.values.length ?? 0) > 0;
  }

  /** The values of a one-token phrase. */
  get(text: string): T[] {
    return this.root.next.get(this.key(text, 0))?.values ?? [];
  }
}
