/**
 * The SemEval-2015 Task 4 (TimeLine) scorer, reimplemented from the task's description of its evaluation tool
 * (alt.qcri.org/semeval2015/task4, "Tools"): each timeline becomes a temporal graph, scored with TempEval-3's
 * temporal awareness (UzZaman & Allen 2011), micro-averaged over the timelines of a corpus.
 *
 * Timeline → graph ("ordering and time anchors", Track A):
 *   - each event mention ("docid-sentence-word") is a node; the events of one line are SIMULTANEOUS;
 *   - an event of a line is BEFORE the events of the next line (ordinal n+1); closure gives the rest;
 *   - each time anchor is a TIMEX3 node, and the events of an anchored line are SIMULTANEOUS with it.
 * Lines with ordinal 0 (events the annotators could not place) get no BEFORE relation and no anchor; their
 * events stay SIMULTANEOUS with one another (our reading; the tool's source is not in the data folder).
 *
 * Like TempEval-3's timegraph, a relation that contradicts the ones already added is dropped (the gold holds a few:
 * two ordinals sharing one date would make their events both BEFORE and SIMULTANEOUS).
 *
 * Temporal awareness: P = |Sys⁻ ∩ Gold⁺| / |Sys⁻|, R = |Gold⁻ ∩ Sys⁺| / |Gold⁻|, where G⁺ is the closure and G⁻
 * the reduced graph (no relation derivable from the others). With only BEFORE and SIMULTANEOUS, the closure is
 * equivalence classes ordered by a DAG; the reduced graph is a chain through each class plus the transitive
 * reduction of the DAG (one relation per class edge, between the classes' first members).
 */

/** One line of a timeline file: `ordinal \t anchor \t event \t event…`. */
export interface TimelineLine {
  ordinal: number;
  /** "2005-01-18", "2005-01-XX", "XXXX-XX-XX". */
  anchor: string;
  events: string[];
}

export type Relation = { kind: "before" | "simultaneous"; a: string; b: string };

const unknownAnchorPattern = /^X{4}-XX-XX$/;

/** Reads a timeline file; the first line is the entity's name, malformed lines are skipped. */
export function parseTimeline(source: string): { entity: string; lines: TimelineLine[] } {
  const [entity = "", ...rest] = source.split(/\r?\n/);
  const lines: TimelineLine[] = [];
  for (const raw of rest) {
    const [ordinal, anchor, ...events] = raw.split("\t").map((f) => f.trim());
    if (ordinal === undefined || anchor === undefined || !/^\d+$/.test(ordinal)) continue;
    const mentions = events.filter((e) => e !== "");
    if (mentions.length) lines.push({ ordinal: Number(ordinal), anchor, events: mentions });
  }
  return { entity: entity.trim(), lines };
}

/** Writes a timeline in the task's format. */
export function formatTimeline(entity: string, lines: readonly TimelineLine[]): string {
  return [entity, ...lines.map((l) => [String(l.ordinal), l.anchor, ...l.events].join("\t"))].join("\n") + "\n";
}

/** A consistent graph of BEFORE/SIMULTANEOUS relations: union-find classes ordered by a DAG. */
export class TimeGraph {
  private readonly parent = new Map<string, string>();
  /** Members of each class root, in insertion order. */
  private readonly members = new Map<string, string[]>();
  /** Direct BEFORE edges between class roots. */
  private readonly after = new Map<string, Set<string>>();
  /** Relations dropped because they contradicted the graph. */
  dropped = 0;

  add(node: string): void {
    if (this.parent.has(node)) return;
    this.parent.set(node, node);
    this.members.set(node, [node]);
    this.after.set(node, new Set());
  }

  has(node: string): boolean {
    return this.parent.has(node);
  }

  find(node: string): string {
    let root = node;
    while (this.parent.get(root) !== root) root = this.parent.get(root) ?? root;
    let at = node;
    while (at !== root) {
      const next = this.parent.get(at) ?? root;
      this.parent.set(at, root);
      at = next;
    }
    return root;
  }

  /** Whether class `from` reaches class `to` through BEFORE edges (both roots). */
  private reaches(from: string, to: string): boolean {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length) {
      const at = stack.pop() as string;
      for (const next of this.after.get(at) ?? []) {
        const root = this.find(next);
        if (root === to) return true;
        if (!seen.has(root)) {
          seen.add(root);
          stack.push(root);
        }
      }
    }
    return false;
  }

  /** Adds a relation, or drops it (counted) when it contradicts the graph. */
  relate(relation: Relation): void {
    this.add(relation.a);
    this.add(relation.b);
    const a = this.find(relation.a);
    const b = this.find(relation.b);
    if (relation.kind === "simultaneous") {
      if (a === b) return;
      if (this.reaches(a, b) || this.reaches(b, a)) {
        this.dropped++;
        return;
      }
      this.parent.set(b, a);
      this.members.get(a)?.push(...(this.members.get(b) ?? []));
      for (const next of this.after.get(b) ?? []) this.after.get(a)?.add(next);
      this.members.delete(b);
      this.after.delete(b);
      return;
    }
    if (a === b || this.reaches(b, a)) {
      this.dropped++;
      return;
    }
    this.after.get(a)?.add(b);
  }

  /** Whether the closure holds the relation (unknown nodes hold nothing). */
  holds(relation: Relation): boolean {
    if (!this.has(relation.a) || !this.has(relation.b)) return false;
    const a = this.find(relation.a);
    const b = this.find(relation.b);
    return relation.kind === "simultaneous" ? a === b : a !== b && this.reaches(a, b);
  }

  /** The reduced graph: a chain through each class, and the class edges no longer path implies. */
  reduced(): Relation[] {
    const out: Relation[] = [];
    const roots = [...this.members.keys()];
    const first = (root: string): string => this.members.get(root)?.[0] ?? root;
    for (const root of roots) {
      const group = this.members.get(root) ?? [];
      for (let i = 1; i < group.length; i++)
        out.push({ kind: "simultaneous", a: group[i - 1] ?? "", b: group[i] ?? "" });
    }
    for (const root of roots) {
      const direct = new Set([...(this.after.get(root) ?? [])].map((n) => this.find(n)));
      for (const target of direct) {
        // Redundant when another direct successor already reaches the target.
        const implied = [...direct].some((other) => other !== target && this.reaches(other, target));
        if (!implied) out.push({ kind: "before", a: first(root), b: first(target) });
      }
    }
    return out;
  }
}

/** The graph of a timeline (Track A: with time anchors). */
export function timelineGraph(lines: readonly TimelineLine[], anchors = true): TimeGraph {
  const graph = new TimeGraph();
  const ordinals = [...new Set(lines.map((l) => l.ordinal).filter((o) => o > 0))].sort((x, y) => x - y);
  const byOrdinal = new Map<number, string[]>();
  for (const line of lines) {
    for (const event of line.events) {
      graph.add(event);
      const list = byOrdinal.get(line.ordinal) ?? [];
      list.push(event);
      byOrdinal.set(line.ordinal, list);
    }
  }
  for (let i = 1; i < ordinals.length; i++) {
    const before = byOrdinal.get(ordinals[i - 1] ?? -1) ?? [];
    const after = byOrdinal.get(ordinals[i] ?? -1) ?? [];
    for (const a of before) for (const b of after) graph.relate({ kind: "before", a, b });
  }
  for (const line of lines) {
    const [head, ...rest] = line.events;
    if (head === undefined) continue;
    for (const other of rest) graph.relate({ kind: "simultaneous", a: head, b: other });
    if (anchors && line.ordinal > 0 && !unknownAnchorPattern.test(line.anchor))
      graph.relate({ kind: "simultaneous", a: head, b: `timex:${line.anchor}` });
  }
  // Events sharing an ordinal across lines are one position on the timeline.
  for (const group of byOrdinal.values()) {
    const [head, ...rest] = group;
    if (head === undefined) continue;
    for (const other of rest) if (byOrdinal.get(0) !== group) graph.relate({ kind: "simultaneous", a: head, b: other });
  }
  return graph;
}

/** Matched and total relations of one timeline, summed for the micro average. */
export interface AwarenessCounts {
  /** System reduced relations the gold closure holds, and their number. */
  precisionHits: number;
  systemRelations: number;
  /** Gold reduced relations the system closure holds, and their number. */
  recallHits: number;
  goldRelations: number;
}

/** Temporal awareness counts of a system timeline against a gold one. */
export function awareness(
  gold: readonly TimelineLine[],
  system: readonly TimelineLine[],
  anchors = true,
): AwarenessCounts {
  const g = timelineGraph(gold, anchors);
  const s = timelineGraph(system, anchors);
  const sReduced = s.reduced();
  const gReduced = g.reduced();
  return {
    precisionHits: sReduced.filter((r) => g.holds(r)).length,
    systemRelations: sReduced.length,
    recallHits: gReduced.filter((r) => s.holds(r)).length,
    goldRelations: gReduced.length,
  };
}

export function sumCounts(all: readonly AwarenessCounts[]): AwarenessCounts {
  return all.reduce(
    (t, c) => ({
      precisionHits: t.precisionHits + c.precisionHits,
      systemRelations: t.systemRelations + c.systemRelations,
      recallHits: t.recallHits + c.recallHits,
      goldRelations: t.goldRelations + c.goldRelations,
    }),
    { precisionHits: 0, systemRelations: 0, recallHits: 0, goldRelations: 0 },
  );
}

/** Micro-averaged precision, recall and F1 (in 0..1). */
export function prf(c: AwarenessCounts): { p: number; r: number; f1: number } {
  const p = c.systemRelations ? c.precisionHits / c.systemRelations : 0;
  const r = c.goldRelations ? c.recallHits / c.goldRelations : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
