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
   * Adds `queryWeight × entry weight` into `scores` for every live entry of the term, and sweeps dead entries out.
   */
  accumulate(term: number, queryWeight: number, isLive: (id: number) => boolean, scores: Map<number, number>): void {
    const list = this.lists.get(term);
    if (list === undefined) return;
    let dead = 0;
    for (let i = 0; i < list.ids.length; i++) {
      const id = list.ids[i] as number;
      if (!isLive(id)) {
        dead++;
        continue;
      }
      scores.set(id, (scores.get(id) ?? 0) + queryWeight * (list.weights[i] as number));
    }
    if (dead === 0) return;
    if (dead === list.ids.length) {
      this.lists.delete(term);
      return;
    }
    const ids: number[] = [];
    const weights: number[] = [];
    list.ids.forEach((id, i) => {
      if (isLive(id)) {
        ids.push(id);
        weights.push(list.weights[i] as number);
      }
    });
    this.lists.set(term, { ids, weights });
  }

  /** Drops every dead entry (run now and then, so lists of features never queried again do not keep them). */
  sweep(isLive: (id: number) => boolean): void {
    for (const [term, list] of this.lists) {
      const ids: number[] = [];
      const weights: number[] = [];
      list.ids.forEach((id, i) => {
        if (isLive(id)) {
          ids.push(id);
          weights.push(list.weights[i] as number);
        }
      });
      if (ids.length === 0) this.lists.delete(term);
      else if (ids.length < list.ids.length) this.lists.set(term, { ids, weights });
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
