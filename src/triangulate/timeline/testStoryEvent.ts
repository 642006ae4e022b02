/** Builds story events for the timeline, graph and export tests. Test support only. */

import type { StoryEvent } from "../align/types.js";

/** A story event reported by the given articles (one piece of evidence each), with overridable fields. */
export function testStoryEvent(
  spec: Partial<StoryEvent> & { id: string; articles: string[]; text?: string },
): StoryEvent {
  const { text = "Norway met the United States.", ...rest } = spec;
  const code = rest.code ?? "042";
  return {
    code,
    root: code.slice(0, 2),
    label: "Make a visit",
    goldstein: 1.9,
    quad: 1,
    source: "country:NOR",
    target: "country:USA",
    date: "2025-03-19",
    precision: "day",
    dateEvidence: "inferred",
    place: null,
    evidence: spec.articles.map((article) => ({
      article,
      start: 0,
      end: text.length,
      text,
      evidence: "stated" as const,
      code,
      date: rest.date ?? "2025-03-19",
      dateEvidence: "inferred" as const,
      place: null,
    })),
    publishers: spec.articles.length,
    mutual: false,
    ...rest,
  };
}
