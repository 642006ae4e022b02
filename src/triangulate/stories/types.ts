/**
 * What story clustering reads and returns. A `ClusterDoc` is the part of an article that says what it is about;
 * the analysis fields are optional so clustering works from text, title and date alone and gets better when the
 * per-article stages (actors, events, places, quotes) have run.
 */

/** An event as clustering reads it: who did what to whom, and when (CAMEO code, ISO date). */
export interface ClusterEvent {
  source: string | null;
  target: string | null;
  code: string;
  date: string | null;
}

/**
 * One article as story clustering sees it.
 *
 * @example { id: "a1", published: "2024-03-01", title: "Flood hits Dhaka", text: "…", outlet: "bbc.co.uk" }
 */
export interface ClusterDoc {
  id: string;
  /** ISO 8601 date or date-time; null when unknown (no time proximity is used then). */
  published: string | null;
  title: string;
  text: string;
  /** The article's URL: words of its path slug ("/2014/03/mt-gox-files-for-bankruptcy/") count as lead text. */
  url?: string | null;
  /** Outlet name or host: boilerplate is learned per outlet. */
  outlet?: string | null;
  /** Canonical actor ids ("person:marco-rubio", "country:QAT"). */
  actors?: string[];
  events?: ClusterEvent[];
  /** Place names or ids where things happen. */
  places?: string[];
  /** Quoted text (direct quotes): the same words quoted by two outlets are strong evidence of one story. */
  quotes?: string[];
  /** The id of the document this one is a syndicated copy or republication of (as the store links it). */
  copyOf?: string | null;
}

/** A member listed with its story: an original report, or a copy listed with the original it repeats. */
export interface StoryCopy {
  id: string;
  of: string;
}

/** A story: the reports of one event or development, and the copies that repeat them. */
export interface Story {
  /** Stable id: the id of the story's first document. */
  id: string;
  /** Original reports (each counts once as evidence), in arrival order. */
  members: string[];
  /** Syndicated copies and republications, each with the original it repeats; they add no evidence. */
  copies: StoryCopy[];
  /** Earliest and latest publication dates among the members (ISO date), null when none is dated. */
  first: string | null;
  last: string | null;
  /** The storyline this story belongs to: the id of its earliest linked story. */
  storyline: string;
}

/** What `StoryIndex.add` did with a document. */
export interface Assignment {
  story: string;
  /** Stories merged into `story` because this document bridged them. */
  merged?: string[];
  /** Set when the document was taken as a copy of an earlier one (given, or found near-identical). */
  copyOf?: string;
  /** Best similarity to the story it joined (0 for a new story), for inspection. */
  score: number;
  /**
   * Set when the document is dated so far before the newest one that every story it could have joined is past the
   * storyline window (`storylineWindowDays` + `storyWindowDays` before the newest document) and no longer held for
   * search: it started a story of its own (or joined a story of other documents as late as it). Rebuild the index in
   * publication order to place it.
   */
  beyondRetention?: true;
}

/** Tuning knobs. Defaults are tuned on ECB+ sub-topics and documented in docs/QUALITY.md. */
export interface StoryIndexOptions {
  /** Similarity (cosine × time factor) at or above which a document joins a story. */
  joinThreshold: number;
  /** Similarity at or above which a document that also links a second story merges the two. */
  mergeThreshold: number;
  /** Share of a story's score that comes from the cosine to its centroid (the rest from the best single link). */
  centroidWeight: number;
  /** Exponent of IDF in feature weights: above 1 favours rare, distinctive features over common ones. */
  idfPower: number;
  /** Cosine to a story's centroid at or above which two stories link into one storyline. */
  storylineThreshold: number;
  /** Cosine at or above which a document is taken as a near-identical copy. */
  copyThreshold: number;
  /** Days of full time credit around a document; beyond it similarity decays. */
  graceDays: number;
  /** Decay constant (days) of the time factor beyond the grace period. */
  decayDays: number;
  /** Days after which a document no longer takes new members (its story stays, later reports start another). */
  storyWindowDays: number;
  /** Days over which stories can still link into a storyline. */
  storylineWindowDays: number;
  /** Weighted features kept per document vector. */
  vectorSize: number;
  /** Query features used for candidate retrieval. */
  queryTerms: number;
  /** Longest posting list kept per feature (newest entries kept). */
  maxPosting: number;
  /** Candidate documents scored exactly per add. */
  maxCandidates: number;
  /** Documents kept searchable at once (bounded memory for undated streams). */
  maxActiveDocs: number;
  /** Distinct features counted for IDF before rare ones are pruned (bounded memory). */
  maxTerms: number;
}
