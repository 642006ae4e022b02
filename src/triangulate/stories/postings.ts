import type { DenseScores } from "./denseScores.js";

/**
 * An inverted index from feature hash to the entries (documents or stories) that carry it, with the entry's weight
 * for the feature. Lists are bounded: past `maxLength` the oldest half is dropped, since a feature shared by that
 * many recent entries says little and the newest entries are the ones still in the time window. Entries that were
 * evicted are skipped and swept out when met.
 */
export class Postings {
  private readonly lists = new Map<number, { ids: number[]; weights: number[] }>();

  constructor(private readonly maxLength: number) {}

  add(term: number, id: number, weight: number): void {
    let list = this.lists.get(term);
    if (list === undefined) {
      list = { ids: [], weights: [] };
      this.lists.set(term, list);
    }
    list.ids.push(id);
    list.weights.push(weight);
    if (list.ids.length > this.maxLength) {
      const drop = list.ids.length - Math.floor(this.maxLength / 2);
      list.ids.splice(0, drop);
      list.weights.splice(0, drop);
    }
  }

  /**
   * Adds `queryWeight × entry weight` into `scores` for every live entry of the term, and sweeps dead entries out
   * (in place: the list keeps its order and nothing is allocated).
   */
  accumulate(term: number, queryWeight: number, isLive: (id: number) => boolean, scores: DenseScores): void {
    const list = this.lists.get(term);
    if (list === undefined) return;
    const { ids, weights } = list;
    let kept = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      if (!isLive(id)) continue;
      const weight = weights[i] as number;
      scores.add(id, queryWeight * weight);
      if (kept !== i) {
        ids[kept] = id;
        weights[kept] = weight;
      }
      kept++;
    }
    if (kept === ids.length) return;
    if (kept === 0) {
      this.lists.delete(term);
      return;
    }
    ids.length = kept;
    weights.length = kept;
  }

  /** The entries of a term, oldest first, dead ones included until swept (the caller checks liveness). */
  entriesOf(term: number): readonly number[] {
    return this.lists.get(term)?.ids ?? [];
  }

  /** Drops every dead entry (run now and then, so lists of features never queried again do not keep them). */
  sweep(isLive: (id: number) => boolean): void {
    for (const [term, list] of this.lists) {
      const { ids, weights } = list;
      let kept = 0;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i] as number;
        if (!isLive(id)) continue;
        ids[kept] = id;
        weights[kept] = weights[i] as number;
        kept++;
      }
      if (kept === 0) this.lists.delete(term);
      else if (kept < ids.length) {
        ids.length = kept;
        weights.length = kept;
      }
    }
  }

  get size(): number {
    return this.lists.size;
  }

  /** Entries held across all lists (for memory reporting). */
  entries(): number {
    let n = 0;
    for (const list of this.lists.values()) n += list.ids.length;
    return n;
  }
}
