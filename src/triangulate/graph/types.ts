/** The actor graph: who acts on whom, how often and how (Goldstein), period by period. */

/** How events are bucketed in time. */
export type GraphPeriod = "day" | "week" | "month" | "year";

export interface ActorGraphNode {
  id: string;
  name: string;
  type: string | null;
  country: string | null;
  /** Story events the actor takes part in, as source or target. */
  events: number;
}

/** One directed dyad in one period. */
export interface ActorGraphEdge {
  source: string;
  target: string;
  /**
   * The period ("2025-03" by month, "2025-W11" by week, "2025-03-10" by day, "2025" by year); an event dated
   * more coarsely than the period keeps its own value ("2007" in a monthly graph).
   */
  period: string;
  /** Story events of the dyad in the period (each counted once however many articles report it). */
  events: number;
  /** Mean Goldstein score of those events, rounded to two decimals. */
  goldstein: number;
  /** Article reports behind those events. */
  mentions: number;
  eventIds: string[];
}

/**
 * The dossier's `graph` field.
 *
 * @example { period: "month", nodes: [{ id: "country:NOR", … }], edges: [{ source: "country:NOR",
 *            target: "country:USA", period: "2025-03", events: 2, goldstein: 4, mentions: 3, eventIds: [...] }] }
 */
export interface ActorGraph {
  period: GraphPeriod;
  nodes: ActorGraphNode[];
  edges: ActorGraphEdge[];
}
