/**
 * Clustering scores against gold: B-cubed (per item: the share of its predicted cluster that shares its gold
 * cluster, and the share of its gold cluster found in its predicted cluster, averaged) and pairwise (precision and
 * recall over same-cluster pairs). Both from the contingency table, so 6,000 items cost nothing.
 */

export interface PRF {
  p: number;
  r: number;
  f1: number;
}

export interface ClusterScores {
  bcubed: PRF;
  pairwise: PRF;
  clusters: number;
  goldClusters: number;
}

function prf(p: number, r: number): PRF {
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

const pairs = (n: number): number => (n * (n - 1)) / 2;

/**
 * Scores a predicted clustering (item → cluster) against gold (item → cluster). Items missing from `predicted` count
 * as singletons.
 *
 * @example scoreClustering(new Map([["a","1"],["b","1"]]), new Map([["a","x"],["b","y"]])).bcubed.p // 0.5
 */
export function scoreClustering(predicted: Map<string, string>, gold: Map<string, string>): ClusterScores {
  const cell = new Map<string, number>();
  const predSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  for (const [item, g] of gold) {
    const p = predicted.get(item) ?? `singleton:${item}`;
    const key = `${p}\u0000${g}`;
    cell.set(key, (cell.get(key) ?? 0) + 1);
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
  }
  const n = gold.size;
  let bp = 0;
  let br = 0;
  let tp = 0;
  for (const [key, count] of cell) {
    const [p, g] = key.split("\u0000") as [string, string];
    bp += (count * count) / (predSize.get(p) ?? 1);
    br += (count * count) / (goldSize.get(g) ?? 1);
    tp += pairs(count);
  }
  let predPairs = 0;
  for (const size of predSize.values()) predPairs += pairs(size);
  let goldPairs = 0;
  for (const size of goldSize.values()) goldPairs += pairs(size);
  return {
    bcubed: prf(bp / n, br / n),
    pairwise: prf(predPairs === 0 ? 1 : tp / predPairs, goldPairs === 0 ? 1 : tp / goldPairs),
    clusters: predSize.size,
    goldClusters: goldSize.size,
  };
}
