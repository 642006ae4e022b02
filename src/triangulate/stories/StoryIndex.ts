import { DenseScores } from "./denseScores.js";
import { documentFeatures } from "./features.js";
import { hashKey } from "./hashKey.js";
import { Postings } from "./postings.js";
import { isSignatureTerm, signaturePassDue, SIGNATURE_CANDIDATE_TERMS } from "./signatureTerms.js";
import { cosine, overlap, topVector, type Overlap, type SparseVector } from "./sparseVector.js";
import { storyIndexStateSchema, type StoryIndexState } from "./state.js";
import { TermStats } from "./termStats.js";
import { TermSums } from "./termSums.js";
import type { Assignment, ClusterDoc, Story, StoryCopy, StoryIndexOptions } from "./types.js";

/** Defaults, tuned on ECB+ sub-topics alone and reported for every dataset in docs/QUALITY.md. */
export const defaultStoryIndexOptions: Readonly<StoryIndexOptions> = {
  joinThreshold: 0.25,
  mergeThreshold: 0.35,
  centroidWeight: 0.5,
  idfPower: 1,
  storylineThreshold: 0.15,
  copyThreshold: 0.95,
  graceDays: 3,
  decayDays: 7,
  storyWindowDays: 30,
  storylineWindowDays: 365,
  vectorSize: 48,
  queryTerms: 16,
  maxPosting: 256,
  maxCandidates: 64,
  maxActiveDocs: 200_000,
  maxTerms: 500_000,
};

const DAY_MS = 86_400_000;
/** Centroid entries kept per story (twice the document vector: a story says more than one report). */
const CENTROID_FACTOR = 2;
/** Features a story is indexed under for storyline links. */
const STORY_INDEX_TERMS = 24;
/**
 * Features two documents must share for their cosine to count as a link: one shared word ("stocks") is how short
 * headlines chain unrelated stories together (eval/clustering/ABLATIONS.md: UCI 0.796 → 0.802, interleaved UCI
 * +0.010 over four seeds, full-text sets unchanged).
 */
const MIN_SHARED_FEATURES = 2;
/** Stories, best partial score first, checked for a storyline link per add. */
const STORYLINE_CANDIDATES = 8;
/** Stories, best partial score first, scored by centroid for a document dated before the newest one. */
const LATE_STORY_CANDIDATES = 16;
const NO_STORIES: ReadonlySet<number> = new Set();
/** How far above `mergeThreshold` a link to a second story must be to merge unrelated-looking stories. */
const STRONG_BRIDGE_MARGIN = 0.1;
/**
 * A strong bridge alone folds in only a story this small; two established stories merge only when their centroids
 * are related. On UCI, strong-bridge merges of unrelated centroids (cosine < 0.15) were mostly wrong and fused
 * hundreds of headlines ("Xbox" with "Titanfall"): day-dated UCI 0.756 → 0.794, other sets unchanged
 * (eval/clustering/ABLATIONS.md).
 */
const STRONG_BRIDGE_MAX_MEMBERS = 3;

interface DocRecord {
  id: string;
  story: number;
  /** Days since the epoch; NaN when undated. */
  time: number;
  vector: SparseVector;
}

interface StoryRecord {
  num: number;
  id: string;
  members: string[];
  copies: StoryCopy[];
  /** Earliest and latest member time in days, NaN when no member is dated. */
  first: number;
  last: number;
  centroid: TermSums;
  /** The centroid as a unit vector, cached until the story changes. */
  unit: SparseVector | null;
  /** Features the story is indexed under in the storyline postings. */
  indexed: Set<number>;
}

const EMPTY_VECTOR: SparseVector = { terms: new Uint32Array(0), weights: new Float32Array(0) };

/** Story numbers by the day of the story's `last`, waiting for a horizon to pass. */
type DayQueue = Map<number, number[]>;

function enqueue(queue: DayQueue, story: { num: number; last: number }): void {
  if (Number.isNaN(story.last)) return;
  const day = Math.floor(story.last);
  const bucket = queue.get(day);
  if (bucket === undefined) queue.set(day, [story.num]);
  else bucket.push(story.num);
}

/** Takes out every story queued under a day before `horizon`. */
function due(queue: DayQueue, horizon: number): number[] {
  const out: number[] = [];
  for (const [day, nums] of queue) {
    if (!(day < horizon)) continue;
    for (const num of nums) out.push(num);
    queue.delete(day);
  }
  return out;
}

function unitPairs(v: SparseVector): number[] {
  return [...v.terms].flatMap((t, i) => [t, v.weights[i] ?? 0]);
}

function toDays(published: string | null): number {
  if (published === null) return Number.NaN;
  const ms = Date.parse(published);
  return Number.isNaN(ms) ? Number.NaN : ms / DAY_MS;
}

function toIsoDate(days: number): string | null {
  return Number.isNaN(days) ? null : new Date(days * DAY_MS).toISOString().slice(0, 10);
}

function minDefined(a: number, b: number): number {
  return Number.isNaN(a) ? b : Number.isNaN(b) ? a : Math.min(a, b);
}

function maxDefined(a: number, b: number): number {
  return Number.isNaN(a) ? b : Number.isNaN(b) ? a : Math.max(a, b);
}

/**
 * Incremental story clustering. Each added document joins the story of its most similar recent document (cosine of
 * IDF-weighted features × a time factor) when that similarity clears `joinThreshold`, or starts a story; a document
 * that clears `mergeThreshold` with two stories bridges them into one. Candidates come from an inverted index over
 * each document's heaviest features, limited to a time window, so an add touches a bounded set of documents. Stories
 * whose centroids stay similar over a longer window link into storylines. When a story reaches 8 members and every
 * 8 members after, it folds in the one- and two-report stories of a short report carrying one of its signature terms
 * (`signatureTerms.ts`): headlines that share only the story's name with it. Copies count once: they are listed with the original and
 * add nothing to the index.
 *
 * @example
 * const index = new StoryIndex();
 * index.add({ id: "a", published: "2024-05-01", title: "Quake hits Taiwan", text: "…" }); // { story: "a", score: 0 }
 * index.add({ id: "b", published: "2024-05-01", title: "Taiwan earthquake kills 9", text: "…" }); // { story: "a", … }
 */
export class StoryIndex {
  readonly options: StoryIndexOptions;
  private readonly stats: TermStats;
  private readonly docs = new Map<number, DocRecord>();
  /**
   * Every slot below this one was evicted, every slot from it up is active: documents leave in slot order, so
   * liveness in the postings is one comparison, not a lookup.
   */
  private minLiveSlot = 0;
  private readonly isLiveSlot = (slot: number): boolean => slot >= this.minLiveSlot;
  private readonly docScores = new DenseScores();
  private readonly lineScores = new DenseScores();
  private readonly scratchOverlap: Overlap = { cos: 0, shared: 0 };
  /**
   * By story number: the story's latest member time in days, +∞ while undated, −∞ once merged away; what the
   * storyline postings check per entry (a typed array read instead of a map lookup).
   */
  private storyLast = new Float64Array(1024).fill(Number.NEGATIVE_INFINITY);
  /** By story number: the story's earliest member time in days, −∞ while undated (for late documents). */
  private storyFirst = new Float64Array(1024).fill(Number.NEGATIVE_INFINITY);
  /**
   * Retirement without scanning every story ever made: dated stories whose centroid is full wait in `shrinkQueue`
   * under the day of their `last` (a story that got later members is re-queued when met); shrunk ones wait in
   * `dropQueue` for the storyline horizon.
   */
  private readonly shrinkQueue: DayQueue = new Map();
  private readonly dropQueue: DayQueue = new Map();
  /** The time of the document querying the storyline postings (−∞ when undated: every story is in reach). */
  private lineTime = Number.NEGATIVE_INFINITY;
  private readonly isLiveLine = (num: number): boolean =>
    this.lineTime - (this.storyLast[num] as number) <= this.options.storylineWindowDays;
  /** Stories not merged away whose span of member dates comes within the story window of `lineTime`. */
  private readonly isNearLine = (num: number): boolean =>
    this.lineTime - (this.storyLast[num] as number) <= this.options.storyWindowDays &&
    (this.storyFirst[num] as number) - this.lineTime <= this.options.storyWindowDays;
  /** Stories not merged away nor past the storyline window of the newest document. */
  private readonly isKeptLine = (num: number): boolean => {
    const last = this.storyLast[num] as number;
    return last !== Number.NEGATIVE_INFINITY && !(last < this.latest - this.options.storylineWindowDays);
  };
  /** Slots of active documents in insertion order, for eviction; `evictHead` is the next one to look at. */
  private order: number[] = [];
  private evictHead = 0;
  private evictedSinceSweep = 0;
  private nextSlot = 0;
  private readonly postings: Postings;
  private readonly stories = new Map<number, StoryRecord>();
  private nextStory = 0;
  /** Union-find parents: a merged story points at the story it went into. */
  private readonly storyParent = new Map<number, number>();
  /** Union-find parents of storylines (over story numbers; the root is the earliest story). */
  private readonly lineParent = new Map<number, number>();
  private readonly storyPostings: Postings;
  /** Every document ever added (originals and copies) → its story number at the time (resolve with `find`). */
  private readonly docStory = new Map<string, number>();
  private latest = Number.NaN;

  constructor(options: Partial<StoryIndexOptions> = {}, state?: StoryIndexState) {
    this.options = { ...defaultStoryIndexOptions, ...options };
    this.stats = new TermStats(this.options.maxTerms, state?.stats);
    this.postings = new Postings(this.options.maxPosting);
    this.storyPostings = new Postings(this.options.maxPosting);
    if (state !== undefined) this.restore(state);
  }

  /**
   * Adds one document and says which story it joined. Adding an id again returns its current story.
   *
   * @example index.add({ id: "c", published: null, title: "…", text: "…", copyOf: "a" }) // { story: "a", copyOf: "a", score: 1 }
   */
  add(doc: ClusterDoc): Assignment {
    const known = this.docStory.get(doc.id);
    if (known !== undefined) return { story: this.storyRecord(known).id, score: 0 };

    const original = doc.copyOf == null ? undefined : this.docStory.get(doc.copyOf);
    if (original !== undefined && doc.copyOf != null) return this.addCopy(doc.id, doc.copyOf, original, 1);

    const time = toDays(doc.published);
    const outlet = doc.outlet ?? null;
    const text = this.stats.stripBoilerplate(outlet, doc.text);
    const { vector, hashes } = this.weigh({ ...doc, text }, outlet);

    // Candidate documents through the postings of the heaviest features, then exact similarity.
    const query = this.queryTerms(vector);
    const scored = this.candidates(vector, query, time);
    let bestDoc: { slot: number; cos: number } | null = null;
    const storyScores = new Map<number, number>();
    for (const { slot, cos, sim } of scored) {
      const record = this.docs.get(slot);
      if (record === undefined) continue;
      if (bestDoc === null || cos > bestDoc.cos) bestDoc = { slot, cos };
      const story = this.find(record.story);
      storyScores.set(story, Math.max(storyScores.get(story) ?? 0, sim));
    }
    if (bestDoc !== null && bestDoc.cos >= this.options.copyThreshold) {
      const record = this.docs.get(bestDoc.slot);
      if (record !== undefined) return this.addCopy(doc.id, record.id, record.story, bestDoc.cos);
    }

    // A story's score mixes the best link with the similarity to the story's centroid: the best link alone chains
    // unrelated reports through one shared word, the centroid alone misses new angles of a big story.
    const w = this.options.centroidWeight;
    if (w > 0) {
      for (const [num, best] of storyScores) {
        const story = this.storyRecord(num);
        const centroid = cosine(vector, this.centroidVector(story)) * this.timeFactor(time, story.last);
        storyScores.set(num, (1 - w) * best + w * centroid);
      }
    }
    // An article dated before the newest one: the documents of its own window may have left the searchable set, so
    // the stories still held around its date are searched by centroid too. They can take it, never be merged by it.
    const reach = this.reach(time);
    const byCentroid = reach === "late" ? this.lateStories(vector, query, time, storyScores) : NO_STORIES;
    const linked = [...storyScores]
      .filter(([, s]) => s >= this.options.joinThreshold)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    let storyNum: number;
    let merged: string[] = [];
    const first = linked[0];
    if (first === undefined) {
      storyNum = this.newStory(doc.id);
    } else {
      // A bridge merges only stories related enough to share a storyline, unless it links both strongly: one
      // report touching two subjects (a market wrap naming two deals) must not fuse them.
      const anchor = this.storyRecord(first[0]);
      const bridged = linked
        .filter(([n, s]) => s >= this.options.mergeThreshold && n !== first[0] && !byCentroid.has(n))
        .filter(([n, score]) => {
          // A strong link to both stories is a bridge on its own.
          const other = this.storyRecord(n);
          const small = Math.min(anchor.members.length, other.members.length) < STRONG_BRIDGE_MAX_MEMBERS;
          if (small && score >= this.options.mergeThreshold + STRONG_BRIDGE_MARGIN) return true;
          const cos = cosine(this.centroidVector(anchor), this.centroidVector(other));
          return cos * this.timeFactor(anchor.last, other.last) >= this.options.storylineThreshold;
        })
        .map(([n]) => n);
      const bridges = first[1] >= this.options.mergeThreshold && !byCentroid.has(first[0]);
      const group = bridges ? [first[0], ...bridged] : [first[0]];
      // The oldest story survives a merge, so story ids stay stable.
      storyNum = Math.min(...group);
      merged = group.filter((n) => n !== storyNum).map((n) => this.mergeInto(n, storyNum));
    }

    const slot = this.nextSlot++;
    this.docs.set(slot, { id: doc.id, story: storyNum, time, vector });
    this.order.push(slot);
    for (let i = 0; i < vector.terms.length; i++) {
      this.postings.add(vector.terms[i] as number, slot, vector.weights[i] as number);
    }
    this.stats.observe(outlet, hashes, doc.text);
    this.docStory.set(doc.id, storyNum);
    const story = this.storyRecord(storyNum);
    story.members.push(doc.id);
    const wasDated = !Number.isNaN(story.last);
    story.first = minDefined(story.first, time);
    story.last = maxDefined(story.last, time);
    this.setStoryLast(story);
    const empty = story.centroid.size === 0;
    if (empty && story.unit !== null && story.unit.terms.length > 0) {
      // A late member of a story past its window: its centroid restarts from the unit vector kept, weighted by the
      // earlier members, not from the one new report.
      const unit = story.unit as SparseVector;
      const earlier = story.members.length - 1;
      for (let i = 0; i < unit.terms.length; i++) {
        story.centroid.add(unit.terms[i] as number, (unit.weights[i] as number) * earlier);
      }
    }
    // Queued to shrink once dated: a new story, one dated for the first time, or a retired one taking a late member.
    if (empty || !wasDated) enqueue(this.shrinkQueue, story);
    story.centroid.addVector(vector, this.options.vectorSize * CENTROID_FACTOR);
    story.unit = null;
    this.linkStoryline(story, vector, query, time);
    this.latest = maxDefined(this.latest, time);
    this.evict();

    if (signaturePassDue(story.members.length)) merged = [...merged, ...this.foldStragglers(story)];

    const assignment: Assignment = { story: this.storyRecord(storyNum).id, score: first?.[1] ?? 0 };
    if (merged.length > 0) assignment.merged = merged;
    if (reach === "beyond") assignment.beyondRetention = true;
    return assignment;
  }

  /** Every story, oldest first. */
  allStories(): Story[] {
    return [...this.stories.values()].map((s) => ({
      id: s.id,
      members: [...s.members],
      copies: s.copies.map((c) => ({ ...c })),
      first: toIsoDate(s.first),
      last: toIsoDate(s.last),
      storyline: this.storyRecord(this.findLine(s.num)).id,
    }));
  }

  /** The story a document belongs to, or null when it was never added. */
  storyOf(docId: string): string | null {
    const num = this.docStory.get(docId);
    return num === undefined ? null : this.storyRecord(num).id;
  }

  /** Storylines with more than one story: the ids of their stories, oldest first. */
  storylines(): { id: string; stories: string[] }[] {
    const lines = new Map<number, string[]>();
    for (const story of this.stories.values()) {
      const root = this.findLine(story.num);
      lines.set(root, [...(lines.get(root) ?? []), story.id]);
    }
    return [...lines]
      .filter(([, ids]) => ids.length > 1)
      .map(([root, ids]) => ({ id: this.storyRecord(root).id, stories: ids }));
  }

  /** Sizes of what the index holds, for memory reporting. */
  sizes(): { activeDocs: number; postingEntries: number; stories: number; documents: number } {
    return {
      activeDocs: this.docs.size,
      postingEntries: this.postings.entries(),
      stories: this.stories.size,
      documents: this.docStory.size,
    };
  }

  /** The whole state as plain JSON; `StoryIndex.fromJSON` restores it (postings are rebuilt). */
  toJSON(): StoryIndexState {
    return {
      version: 1,
      options: this.options,
      stats: this.stats.toState(),
      nextSlot: this.nextSlot,
      nextStory: this.nextStory,
      latest: Number.isNaN(this.latest) ? null : this.latest,
      docs: this.order.slice(this.evictHead).flatMap((slot) => {
        const d = this.docs.get(slot);
        if (d === undefined) return [];
        const time = Number.isNaN(d.time) ? null : d.time;
        return [{ slot, id: d.id, story: d.story, time, terms: [...d.vector.terms], weights: [...d.vector.weights] }];
      }),
      stories: [...this.stories.values()].map((s) => ({
        num: s.num,
        id: s.id,
        members: s.members,
        copies: s.copies,
        first: Number.isNaN(s.first) ? null : s.first,
        last: Number.isNaN(s.last) ? null : s.last,
        centroid: s.centroid.size > 0 || s.unit === null ? s.centroid.toPairs() : unitPairs(s.unit),
        indexed: [...s.indexed],
      })),
      storyParent: [...this.storyParent],
      lineParent: [...this.lineParent],
      docStory: [...this.docStory],
    };
  }

  /**
   * Restores an index from `toJSON` output, validated.
   *
   * @example StoryIndex.fromJSON(JSON.parse(JSON.stringify(index)))
   */
  static fromJSON(json: unknown): StoryIndex {
    const parsed = storyIndexStateSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(
        `StoryIndex.fromJSON: invalid state at ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "unknown"}; ` +
          "pass the object StoryIndex#toJSON returned",
      );
    }
    return new StoryIndex(parsed.data.options, parsed.data);
  }

  private restore(state: StoryIndexState): void {
    this.nextSlot = state.nextSlot;
    this.nextStory = state.nextStory;
    this.latest = state.latest ?? Number.NaN;
    for (const s of state.stories) {
      const centroid = new TermSums();
      for (let i = 0; i + 1 < s.centroid.length; i += 2) centroid.add(s.centroid[i] ?? 0, s.centroid[i + 1] ?? 0);
      const record: StoryRecord = {
        num: s.num,
        id: s.id,
        members: [...s.members],
        copies: s.copies.map((c) => ({ ...c })),
        first: s.first ?? Number.NaN,
        last: s.last ?? Number.NaN,
        centroid,
        unit: null,
        indexed: new Set(s.indexed),
      };
      this.stories.set(s.num, record);
      this.setStoryLast(record);
      if (record.centroid.size > 0) enqueue(this.shrinkQueue, record);
      else if (record.indexed.size > 0) enqueue(this.dropQueue, record);
      const weights = this.centroidVector(record);
      for (const term of record.indexed) {
        const i = weights.terms.indexOf(term);
        this.storyPostings.add(term, s.num, i < 0 ? 0 : (weights.weights[i] ?? 0));
      }
    }
    for (const [child, parent] of state.storyParent) this.storyParent.set(child, parent);
    for (const [child, parent] of state.lineParent) this.lineParent.set(child, parent);
    for (const [id, num] of state.docStory) this.docStory.set(id, num);
    for (const d of state.docs) {
      const vector = { terms: Uint32Array.from(d.terms), weights: Float32Array.from(d.weights) };
      this.docs.set(d.slot, { id: d.id, story: d.story, time: d.time ?? Number.NaN, vector });
      this.order.push(d.slot);
      for (let i = 0; i < vector.terms.length; i++) {
        this.postings.add(vector.terms[i] as number, d.slot, vector.weights[i] as number);
      }
    }
    this.minLiveSlot = this.order[0] ?? this.nextSlot;
  }

  /** The document's unit vector over its heaviest features, and every feature hash (for document frequencies). */
  private weigh(doc: ClusterDoc, outlet: string | null): { vector: SparseVector; hashes: number[] } {
    const weights = new Map<number, number>();
    for (const [key, tf] of documentFeatures(doc)) {
      const hash = hashKey(key);
      const idf = this.stats.idf(key, hash);
      const w = Math.log1p(tf) * idf ** this.options.idfPower * this.stats.outletFactor(outlet, hash);
      weights.set(hash, (weights.get(hash) ?? 0) + w);
    }
    return { vector: topVector(weights, this.options.vectorSize), hashes: [...weights.keys()] };
  }

  /** Time credit of two documents `delta` days apart: 1 within the grace period, decaying after, 0 out of window. */
  private timeFactor(a: number, b: number): number {
    if (Number.isNaN(a) || Number.isNaN(b)) return 1;
    const delta = Math.abs(a - b);
    if (delta > this.options.storyWindowDays) return 0;
    if (delta <= this.options.graceDays) return 1;
    return Math.exp(-(delta - this.options.graceDays) / this.options.decayDays);
  }

  /** Time credit of a document against a story's span of member dates: full inside it, by distance outside. */
  private spanFactor(time: number, story: StoryRecord): number {
    if (Number.isNaN(story.first) || time >= story.first) return this.timeFactor(time, story.last);
    return this.timeFactor(time, story.first);
  }

  /**
   * Where a document's date falls: "current" when undated or within the grace period of the newest document (its
   * window is all searchable), "late" when older (documents of its window may have been evicted, stories are still
   * held), "beyond" when even the stories of its window are past the storyline horizon and have dropped their
   * vectors (it can only start a story).
   */
  private reach(time: number): "current" | "late" | "beyond" {
    if (Number.isNaN(time) || Number.isNaN(this.latest) || time >= this.latest - this.options.graceDays) {
      return "current";
    }
    const lineHorizon = this.latest - this.options.storylineWindowDays;
    return time + this.options.storyWindowDays < lineHorizon ? "beyond" : "late";
  }

  /**
   * Stories within the story window of a late document's own date, found through the storyline postings and scored
   * by centroid cosine × time credit against the story's span; adds those that documents did not reach into
   * `storyScores` and returns their numbers.
   */
  private lateStories(
    vector: SparseVector,
    query: number[],
    time: number,
    storyScores: Map<number, number>,
  ): Set<number> {
    const partial = this.lineScores;
    partial.reset(this.nextStory);
    this.lineTime = time;
    const found = new Set<number>();
    for (const i of query) {
      this.storyPostings.accumulate(vector.terms[i] as number, vector.weights[i] as number, this.isNearLine, partial);
    }
    for (const num of partial.best(LATE_STORY_CANDIDATES)) {
      const root = this.find(num);
      if (storyScores.has(root)) continue;
      const story = this.stories.get(root);
      if (story === undefined) continue;
      const factor = this.spanFactor(time, story);
      if (factor === 0) continue;
      const centroid = this.centroidVector(story);
      const { cos, shared } = overlap(vector, centroid, this.scratchOverlap);
      if (shared < MIN_SHARED_FEATURES) continue;
      storyScores.set(root, cos * factor);
      found.add(root);
    }
    return found;
  }

  /**
   * Folds into a grown story the small stories (fewer than `STRONG_BRIDGE_MAX_MEMBERS` reports) whose report is
   * short, carries one of the story's signature terms and is related to its centroid (storyline threshold, with
   * time credit). Runs when the story reaches 8 members and every 8 members after; returns the ids of the stories folded
   * in.
   */
  private foldStragglers(story: StoryRecord): string[] {
    const centroid = this.centroidVector(story);
    const heaviest = [...centroid.weights.keys()]
      .sort((a, b) => (centroid.weights[b] ?? 0) - (centroid.weights[a] ?? 0))
      .slice(0, SIGNATURE_CANDIDATE_TERMS);
    const stragglers = new Set<number>();
    for (const i of heaviest) {
      let documents = 0;
      let inStory = 0;
      const small: number[] = [];
      for (const slot of this.postings.entriesOf(centroid.terms[i] as number)) {
        const record = slot >= this.minLiveSlot ? this.docs.get(slot) : undefined;
        if (record === undefined) continue;
        documents++;
        const num = this.find(record.story);
        if (num === story.num) {
          inStory++;
          continue;
        }
        const other = this.stories.get(num);
        if (other === undefined || other.members.length >= STRONG_BRIDGE_MAX_MEMBERS) continue;
        // Only short reports (a vector not filled): the two-shared-features rule keeps them apart, not their
        // content. A full text sharing one word with every member is another story; folding those cost nothing
        // on the eval sets but wrongly folded every singleton that met a recurring name in the synthetic stream.
        if (record.vector.terms.length >= this.options.vectorSize) continue;
        const related = cosine(record.vector, centroid) * this.spanFactor(record.time, story);
        if (related >= this.options.storylineThreshold) small.push(num);
      }
      if (!isSignatureTerm(inStory, documents, story.members.length)) continue;
      for (const num of small) stragglers.add(num);
    }
    const folded: string[] = [];
    let into = story.num;
    // The oldest story survives, as in a bridge merge.
    for (const num of stragglers) {
      if (this.find(num) === into) continue;
      if (num < into) {
        folded.push(this.mergeInto(into, num));
        into = num;
      } else folded.push(this.mergeInto(num, into));
    }
    return folded;
  }

  private queryTerms(vector: SparseVector): number[] {
    const order = [...vector.weights.keys()].sort((a, b) => (vector.weights[b] ?? 0) - (vector.weights[a] ?? 0));
    return order.slice(0, this.options.queryTerms);
  }

  private candidates(
    vector: SparseVector,
    query: number[],
    time: number,
  ): { slot: number; cos: number; sim: number }[] {
    const partial = this.docScores;
    partial.reset(this.nextSlot - this.minLiveSlot);
    for (const i of query) {
      this.postings.accumulate(vector.terms[i] as number, vector.weights[i] as number, this.isLiveSlot, partial);
    }
    const top = partial.atLeastKth(this.options.maxCandidates);
    const scored: { slot: number; cos: number; sim: number }[] = [];
    for (const slot of top) {
      const record = this.docs.get(slot);
      if (record === undefined) continue;
      const factor = this.timeFactor(time, record.time);
      if (factor === 0) continue;
      const { cos, shared } = overlap(vector, record.vector, this.scratchOverlap);
      const link = shared >= MIN_SHARED_FEATURES ? cos : 0;
      scored.push({ slot, cos, sim: link * factor });
    }
    return scored;
  }

  private addCopy(id: string, of: string, storyNum: number, score: number): Assignment {
    const story = this.storyRecord(storyNum);
    story.copies.push({ id, of });
    this.docStory.set(id, story.num);
    return { story: story.id, copyOf: of, score };
  }

  private newStory(id: string): number {
    const num = this.nextStory++;
    const story: StoryRecord = {
      num,
      id,
      members: [],
      copies: [],
      first: Number.NaN,
      last: Number.NaN,
      centroid: new TermSums(),
      unit: null,
      indexed: new Set(),
    };
    this.stories.set(num, story);
    this.setStoryLast(story);
    return num;
  }

  /** Mirrors a story's `first` and `last` (or its going away) into `storyFirst` and `storyLast`. */
  private setStoryLast(story: StoryRecord, gone = false): void {
    if (story.num >= this.storyLast.length) {
      let length = this.storyLast.length;
      while (length <= story.num) length *= 2;
      const last = new Float64Array(length).fill(Number.NEGATIVE_INFINITY);
      last.set(this.storyLast);
      this.storyLast = last;
      const first = new Float64Array(length).fill(Number.NEGATIVE_INFINITY);
      first.set(this.storyFirst);
      this.storyFirst = first;
    }
    this.storyFirst[story.num] = Number.isNaN(story.first) ? Number.NEGATIVE_INFINITY : story.first;
    this.storyLast[story.num] = gone
      ? Number.NEGATIVE_INFINITY
      : Number.isNaN(story.last)
        ? Number.POSITIVE_INFINITY
        : story.last;
  }

  /** Moves story `from` into story `into`; returns the id of the story that went away. */
  private mergeInto(from: number, into: number): string {
    const source = this.storyRecord(from);
    const target = this.storyRecord(into);
    target.members.push(...source.members);
    target.copies.push(...source.copies);
    const targetLast = target.last;
    target.first = minDefined(target.first, source.first);
    target.last = maxDefined(target.last, source.last);
    source.centroid.forEach((t, w) => target.centroid.add(t, w));
    target.unit = null;
    if (Number.isNaN(targetLast) && !Number.isNaN(target.last)) enqueue(this.shrinkQueue, target);
    this.setStoryLast(target);
    this.setStoryLast(source, true);
    this.stories.delete(source.num);
    this.storyParent.set(source.num, target.num);
    this.unionLines(source.num, target.num);
    return source.id;
  }

  private find(num: number): number {
    let root = num;
    for (let parent = this.storyParent.get(root); parent !== undefined; parent = this.storyParent.get(root)) {
      root = parent;
    }
    // Path compression keeps later lookups short.
    for (let n = num, next = this.storyParent.get(n); next !== undefined && next !== root;) {
      this.storyParent.set(n, root);
      n = next;
      next = this.storyParent.get(n);
    }
    return root;
  }

  private storyRecord(num: number): StoryRecord {
    const story = this.stories.get(this.find(num));
    if (story === undefined) throw new Error(`StoryIndex: story ${num} is missing (corrupt state)`);
    return story;
  }

  private findLine(num: number): number {
    let root = this.find(num);
    for (let parent = this.lineParent.get(root); parent !== undefined; parent = this.lineParent.get(root)) {
      root = this.find(parent);
    }
    return root;
  }

  private unionLines(a: number, b: number): void {
    const ra = this.findLine(a);
    const rb = this.findLine(b);
    if (ra === rb) return;
    // The earlier story roots the storyline, so its id is the storyline's id.
    if (ra < rb) this.lineParent.set(rb, ra);
    else this.lineParent.set(ra, rb);
  }

  private centroidVector(story: StoryRecord): SparseVector {
    story.unit ??= story.centroid.top(this.options.vectorSize * CENTROID_FACTOR);
    return story.unit;
  }

  /**
   * Links the story into a storyline with earlier stories whose centroid is similar to the document over the longer
   * storyline window, then indexes the story under the document's heaviest features.
   */
  private linkStoryline(story: StoryRecord, vector: SparseVector, query: number[], time: number): void {
    const partial = this.lineScores;
    partial.reset(this.nextStory);
    // Live: not merged away, and last seen within the storyline window of the document (any age when undated).
    this.lineTime = Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
    for (const i of query) {
      this.storyPostings.accumulate(vector.terms[i] as number, vector.weights[i] as number, this.isLiveLine, partial);
    }
    for (const num of partial.best(STORYLINE_CANDIDATES)) {
      const other = this.stories.get(num);
      if (other === undefined || other.num === story.num) continue;
      if (this.findLine(other.num) === this.findLine(story.num)) continue;
      if (cosine(vector, this.centroidVector(other)) >= this.options.storylineThreshold) {
        this.unionLines(other.num, story.num);
      }
    }
    for (const i of query) {
      const term = vector.terms[i] as number;
      if (story.indexed.size >= STORY_INDEX_TERMS || story.indexed.has(term)) continue;
      story.indexed.add(term);
      this.storyPostings.add(term, story.num, vector.weights[i] as number);
    }
  }

  /**
   * Bounds the memory of old stories: past the story window a story can take no new member, so its centroid shrinks
   * to its unit vector of `vectorSize` entries; past the storyline window it keeps only its id and members.
   */
  private retireStories(): void {
    const storyHorizon = this.latest - this.options.storyWindowDays - this.options.graceDays;
    const lineHorizon = this.latest - this.options.storylineWindowDays;
    for (const num of due(this.shrinkQueue, storyHorizon)) {
      const story = this.stories.get(num);
      // Merged away, or queued twice and already shrunk.
      if (story === undefined || story.centroid.size === 0) continue;
      if (!(story.last < storyHorizon)) {
        enqueue(this.shrinkQueue, story);
        continue;
      }
      story.unit = story.centroid.top(this.options.vectorSize);
      story.centroid.clear();
      enqueue(this.dropQueue, story);
    }
    for (const num of due(this.dropQueue, lineHorizon)) {
      const story = this.stories.get(num);
      // A late member gave it a centroid again: it is back in the shrink queue.
      if (story === undefined || story.centroid.size > 0) continue;
      if (!(story.last < lineHorizon)) {
        enqueue(this.dropQueue, story);
        continue;
      }
      story.unit = EMPTY_VECTOR;
      story.indexed.clear();
    }
  }

  /** Drops documents out of the story window (and the oldest beyond `maxActiveDocs`) from the searchable set. */
  private evict(): void {
    const horizon = this.latest - this.options.storyWindowDays;
    while (this.evictHead < this.order.length) {
      const slot = this.order[this.evictHead] as number;
      const record = this.docs.get(slot);
      const tooMany = this.docs.size > this.options.maxActiveDocs;
      const tooOld = record !== undefined && record.time < horizon;
      if (record !== undefined && !tooMany && !tooOld) break;
      this.docs.delete(slot);
      this.evictHead++;
      this.evictedSinceSweep++;
    }
    this.minLiveSlot = this.order[this.evictHead] ?? this.nextSlot;
    if (this.evictHead > 4096 && this.evictHead * 2 > this.order.length) {
      this.order = this.order.slice(this.evictHead);
      this.evictHead = 0;
    }
    if (this.evictedSinceSweep > Math.max(10_000, this.docs.size)) {
      this.retireStories();
      this.postings.sweep(this.isLiveSlot);
      this.storyPostings.sweep(this.isKeptLine);
      this.evictedSinceSweep = 0;
    }
  }
}
