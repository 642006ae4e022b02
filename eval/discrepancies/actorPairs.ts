/**
 * The near misses of the actor-identity rule (src/triangulate/align/eventActorDiscrepancies.ts): pairs of acts of one
 * story, in articles of different outlets, with the same other side of the dyad and the same CAMEO root, whose actor
 * in one role differs (two actors, not one told at two sizes), whatever their wording, days and places. The rule
 * reports a pair only when the code or verb, days, places and wording agree and neither sentence names the other's
 * actor; listing the loose pairs and judging them says what the rule keeps out.
 */

import type { Article } from "../../src/article.js";
import type { ActorReport } from "../../src/triangulate/align/eventActorDiscrepancies.js";
import { actorPairVerdict, actorReports, distinctActors } from "../../src/triangulate/align/eventActorDiscrepancies.js";

export interface ActorPair {
  about: string;
  variants: { article: string; value: string; text: string }[];
}

/** Loose candidate pairs of one story: same role, other side and root, two distinct actors, different outlets. */
export function actorPairs(articles: readonly Article[]): ActorPair[] {
  const reports = actorReports(articles, new Map());
  const pairs: ActorPair[] = [];
  const seen = new Set<string>();
  const loose = (x: ActorReport, y: ActorReport): boolean =>
    x.article !== y.article &&
    (x.outlet === null || x.outlet !== y.outlet) &&
    x.role === y.role &&
    x.other === y.other &&
    x.event.code.slice(0, 2) === y.event.code.slice(0, 2) &&
    distinctActors(x.actor, y.actor);
  for (let i = 0; i < reports.length; i += 1)
    for (let j = i + 1; j < reports.length; j += 1) {
      const x = reports[i];
      const y = reports[j];
      if (x === undefined || y === undefined || !loose(x, y)) continue;
      const verdict = actorPairVerdict(x, y) || "reported";
      const about = `${x.role} of ${x.event.code.slice(0, 2)} with ${x.other}`;
      const key = [about, x.article, x.actor.id, y.article, y.actor.id].join("\u0000");
      if (seen.has(key)) continue;
      seen.add(key);
      pairs.push({
        about,
        variants: [
          // The rule's verdict is printed with the words, not stored in the judgement key (it changes with the rule).
          { article: x.article, value: x.actor.name, text: `[rule: ${verdict}] ${x.event.sentence}` },
          { article: y.article, value: y.actor.name, text: y.event.sentence },
        ],
      });
    }
  return pairs;
}
