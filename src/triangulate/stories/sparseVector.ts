/** A unit-length sparse vector: feature hashes sorted ascending, with their weights. */
export interface SparseVector {
  terms: Uint32Array;
  weights: Float32Array;
}

/**
 * The `size` heaviest entries of a weight map, sorted by hash and scaled to unit length.
 *
 * @example topVector(new Map([[7, 3], [2, 4]]), 8) // { terms: [2, 7], weights: [0.8, 0.6] }
 */
export function topVector(weights: Map<number, number>, size: number): SparseVector {
  const entries = [...weights].filter(([, w]) => w > 0);
  entries.sort((a, b) => b[1] - a[1]);
  const kept = entries.slice(0, size).sort((a, b) => a[0] - b[0]);
  let norm = 0;
  for (const [, w] of kept) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  return {
    terms: Uint32Array.from(kept, ([t]) => t),
    weights: Float32Array.from(kept, ([, w]) => w / norm),
  };
}

/** Cosine of two unit vectors: a merge over their sorted terms. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  const at = a.terms;
  const bt = b.terms;
  while (i < at.length && j < bt.length) {
    const x = at[i] as number;
    const y = bt[j] as number;
    if (x === y) dot += (a.weights[i++] as number) * (b.weights[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

/** How many terms two sparse vectors share: a merge over their sorted terms. */
export function sharedTerms(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  const at = a.terms;
  const bt = b.terms;
  while (i < at.length && j < bt.length) {
    const x = at[i] as number;
    const y = bt[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** Adds `v` into a running sum (a story centroid), keeping at most `size` entries. */
export function addInto(sum: Map<number, number>, v: SparseVector, size: number): void {
  for (let i = 0; i < v.terms.length; i++) {
    const t = v.terms[i] as number;
    sum.set(t, (sum.get(t) ?? 0) + (v.weights[i] as number));
  }
  if (sum.size > size * 2) {
    const kept = [...sum].sort((a, b) => b[1] - a[1]).slice(0, size);
    sum.clear();
    for (const [t, w] of kept) sum.set(t, w);
  }
}
