/**
 * The baseline the report compares against: batch TF-IDF (lower-case words, stop words out, IDF over the whole
 * dataset, known in advance) with cosine similarity over all pairs and single-link clustering at one global
 * threshold. Exact all pairs, through an inverted index of every term.
 */
import { STOP_WORDS } from "../../src/triangulate/stories/stopWords.js";
import type { ClusterDoc } from "../../src/triangulate/stories/index.js";

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

function words(doc: ClusterDoc): string[] {
  return (
    `${doc.title}\n${doc.text}`
      .toLowerCase()
      .match(wordPattern)
      ?.filter((w) => w.length > 1 && !STOP_WORDS.has(w)) ?? []
  );
}

/**
 * Single-link TF-IDF clustering: item id → cluster id.
 *
 * @example baselineClusters(docs, 0.3).get("a") // "c0"
 */
export function baselineClusters(docs: ClusterDoc[], threshold: number): Map<string, string> {
  const df = new Map<string, number>();
  const tfs = docs.map((d) => {
    const tf = new Map<string, number>();
    for (const w of words(d)) tf.set(w, (tf.get(w) ?? 0) + 1);
    for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
    return tf;
  });
  const n = docs.length;
  const vectors = tfs.map((tf) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [w, c] of tf) {
      const x = (1 + Math.log(c)) * Math.log(n / (df.get(w) ?? 1));
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  });
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      const p = parent[i] as number;
      parent[i] = parent[p] as number;
      i = p;
    }
    return i;
  };
  const postings = new Map<string, { doc: number; w: number }[]>();
  vectors.forEach((v, i) => {
    const dots = new Map<number, number>();
    for (const [w, x] of v) {
      for (const { doc, w: y } of postings.get(w) ?? []) dots.set(doc, (dots.get(doc) ?? 0) + x * y);
    }
    for (const [j, dot] of dots) if (dot >= threshold) parent[find(i)] = find(j);
    for (const [w, x] of v) {
      const list = postings.get(w) ?? [];
      list.push({ doc: i, w: x });
      postings.set(w, list);
    }
  });
  return new Map(docs.map((d, i) => [d.id, `c${find(i)}`]));
}
