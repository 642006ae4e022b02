/**
 * The near misses of the coded-event date and place rules (src/triangulate/align/codedEventDiscrepancies.ts): pairs
 * of article events of one story with the same source and target and the same CAMEO root, in different articles,
 * whose days differ by 1 to 3 or whose places differ, whatever the evidence. The rules report a pair only when the
 * days are written out, the places stated after "in"/"at", each event alone of its kind in its article, and so on;
 * listing the loose pairs and judging them says what those rules keep out (and what they might miss).
 */

import type { Article, ArticleEvent } from "../../src/article.js";
import { daysApart } from "../../src/triangulate/align/asOf.js";

export interface EventPair {
  about: string;
  variants: { article: string; value: string; text: string }[];
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** Loose candidate pairs of one story: same dyad and root, days 1–3 apart or different places. */
export function eventPairs(articles: readonly Article[]): EventPair[] {
  const events = articles.flatMap((a) =>
    a.events
      .filter((e) => e.source !== null && e.target !== null && e.source !== e.target)
      .map((e) => ({ article: a.id, e })),
  );
  const pairs: EventPair[] = [];
  const seen = new Set<string>();
  const push = (kind: string, x: { article: string; e: ArticleEvent }, y: typeof x, vx: string, vy: string): void => {
    const about = `${kind} ${x.e.code.slice(0, 2)}: ${x.e.source ?? "?"} → ${x.e.target ?? "?"}`;
    const key = [about, x.article, vx, y.article, vy].join("\u0000");
    if (seen.has(key)) return;
    seen.add(key);
    pairs.push({
      about,
      variants: [
        { article: x.article, value: `${vx} (${x.e.dateEvidence ?? "?"})`, text: x.e.sentence },
        { article: y.article, value: `${vy} (${y.e.dateEvidence ?? "?"})`, text: y.e.sentence },
      ],
    });
  };
  for (let i = 0; i < events.length; i += 1)
    for (let j = i + 1; j < events.length; j += 1) {
      const x = events[i];
      const y = events[j];
      if (x === undefined || y === undefined || x.article === y.article) continue;
      if (x.e.source !== y.e.source || x.e.target !== y.e.target || x.e.code.slice(0, 2) !== y.e.code.slice(0, 2))
        continue;
      const dx = x.e.date ?? "";
      const dy = y.e.date ?? "";
      if (isoDay.test(dx) && isoDay.test(dy) && dx !== dy && (daysApart(dx, dy) ?? Infinity) <= 3)
        push("day", x, y, dx, dy);
      if (x.e.place !== null && y.e.place !== null && x.e.place !== y.e.place)
        push("place", x, y, x.e.place, y.e.place);
    }
  return pairs;
}
