/** A small hand-built dossier for the export tests. Test support only. */

import { testStoryEvent } from "../triangulate/timeline/testStoryEvent.js";
import type { Dossier, DossierArticle } from "./dossier.js";

function article(id: string, outlet: string, url: string | null, copyOf: string | null = null): DossierArticle {
  return {
    id,
    source: `corpus/${id}.txt`,
    url,
    outlet,
    title: null,
    byline: null,
    dateline: null,
    published: "2025-03-20T08:00:00Z",
    language: "en",
    text: "",
    removed: [],
    messages: [],
    contentHash: id,
    copyOf,
    mentions: [],
    quotes: [],
    times: [],
    claims: [],
    events: [],
  };
}

/** Two stories with three events between awkwardly named actors (quotes, ampersands, tabs, a newline, a control). */
export function testDossier(): Dossier {
  return {
    version: "0.1.0",
    generated: "2025-03-24T10:11:12.000Z",
    articles: [
      article("a", "Gulf Wire", "https://gw.example/a?x=1&y=2"),
      article("b", "Ledger", null),
      article("c", "Coastline", "https://cl.example/c;jsessionid=1", "a"),
    ],
    actors: [
      { id: "country:NOR", name: "Norway", type: "country", country: "NOR", roles: [], aliases: [] },
      {
        id: 'org:"odd"&<co>',
        name: "Odd\t& <Sons>\n\u0001Ltd",
        type: "organization",
        country: null,
        roles: [],
        aliases: [],
      },
    ],
    stories: [
      {
        id: "story-1",
        title: "Talks",
        articles: ["a", "b", "c"],
        quotes: [],
        claims: [],
        discrepancies: [],
        coverage: [],
        framing: [],
        storyline: "1",
        events: [
          testStoryEvent({
            id: "event-00000000002a",
            articles: ["a", "b", "c"],
            target: 'org:"odd"&<co>',
            place: "Oslo\tcentre",
            publishers: 2,
            text: 'Norway met "Odd"\tin Oslo.',
          }),
          testStoryEvent({ id: "event-00000000002b", articles: ["b"], target: null, date: null }),
        ],
      },
      {
        id: "story-2",
        title: "Later",
        articles: ["b"],
        quotes: [],
        claims: [],
        discrepancies: [],
        coverage: [],
        framing: [],
        events: [testStoryEvent({ id: "legacy-id", articles: ["b"], date: "2025-W13", code: "1724", goldstein: -5 })],
      },
    ],
    timeline: [],
    failures: [],
  };
}
