/** A dossier whose every article string tries to become markup: test support for the HTML and Markdown reports. */

import type { StoryAlignment } from "../../triangulate/align/types.js";
import { testStoryEvent } from "../../triangulate/timeline/testStoryEvent.js";
import type { Dossier, DossierArticle } from "../dossier.js";

export const HOSTILE = {
  script: `<script>alert("x")</script>`,
  img: `"><img src=x onerror="alert(1)">`,
  styleBreak: `</style><script>alert(2)</script>`,
  attribute: `' " \` onmouseover='alert(3)' x="`,
  svg: `<svg onload=alert(4)>`,
  markdownLink: `[click me](javascript:alert(5))`,
  markdownImage: `![pixel](https://tracker.example/p.png)`,
  javascriptUrl: `javascript:alert(document.cookie)`,
  dataUrl: `data:text/html,<script>alert(6)</script>`,
  spacedJavascriptUrl: ` JaVaScRiPt:alert(7)`,
  /** A web address with quotes and angle brackets in its query. */
  oddHttpUrl: `https://ok.example/a?b="x"&c=<y>`,
} as const;

function article(id: string, outlet: string, url: string | null, text: string, copyOf: string | null = null) {
  const a: DossierArticle = {
    id,
    source: `corpus/${id}.html`,
    url,
    outlet,
    title: `${HOSTILE.script} ${id}`,
    byline: HOSTILE.styleBreak,
    dateline: HOSTILE.svg,
    published: "2025-03-20T08:00:00Z",
    language: "en",
    text,
    removed: [{ text: HOSTILE.img, reason: `boilerplate ${HOSTILE.svg}` }],
    messages: [],
    contentHash: id,
    copyOf,
    mentions: [],
    quotes: [],
    times: [],
    claims: [],
    events: [],
  };
  return a;
}

const body = (who: string) =>
  `Officials from Norway and the United States met in Washington on Wednesday to discuss the tariffs ${HOSTILE.script}.\n\n` +
  `The talks ended without an agreement, ${who} said, adding ${HOSTILE.img} and ${HOSTILE.markdownLink} here.\n\n` +
  `Both sides agreed to meet again in Oslo in April, ${HOSTILE.attribute} officials said \u0000 \uD800 afterwards.`;

/** Two independent articles and a copy, one story with every section filled with hostile strings. */
export function hostileDossier(): Dossier {
  const alignment: StoryAlignment = {
    quotes: [
      {
        speaker: "person:odd",
        similarity: 1,
        variants: ["h1", "h2"].map((article) => ({
          article,
          text: `${HOSTILE.script} we will not sign ${HOSTILE.attribute}`,
          kind: "direct" as const,
          speakerText: HOSTILE.img,
          speakerEvidence: "inferred" as const,
        })),
      },
    ],
    claims: [
      {
        what: `tariff ${HOSTILE.svg}`,
        category: null,
        relation: "conflict",
        values: [
          { article: "h1", quantity: 25, asOf: "2025-03-19", qualifier: HOSTILE.img, text: HOSTILE.script },
          { article: "h2", quantity: 10, asOf: HOSTILE.styleBreak, qualifier: null, text: "10 percent" },
        ],
      },
    ],
    discrepancies: [
      {
        kind: "place",
        about: `where person:odd met ${HOSTILE.svg}`,
        variants: [
          { article: "h1", value: "Washington", text: `met in Washington ${HOSTILE.attribute}` },
          { article: "h2", value: HOSTILE.img, text: `${HOSTILE.script} in New York` },
        ],
      },
    ],
    coverage: [
      { fact: `person:odd: ${HOSTILE.markdownImage}`, factKind: "quote", articles: ["h1"], omittedBy: ["h2"] },
    ],
    framing: ["h1", "h2"].map((id) => ({
      article: id,
      labels: [{ actor: "person:odd", label: HOSTILE.attribute, text: HOSTILE.script }],
      loadedTerms: [{ term: HOSTILE.svg, text: HOSTILE.styleBreak, note: HOSTILE.img }],
      quoted: [{ country: "NOR", speakers: ["person:odd"], quotes: 2 }],
      tone: [{ actor: "person:odd", score: -1, sentences: 2 }],
    })),
    events: [
      testStoryEvent({
        id: "event-000000000001",
        articles: ["h1", "h2"],
        source: "person:odd",
        place: HOSTILE.svg,
        label: HOSTILE.script,
        text: `${HOSTILE.img} met in Washington`,
      }),
    ],
  };
  return {
    version: "0.1.0",
    generated: "2025-03-24T10:11:12.000Z",
    articles: [
      article("h1", HOSTILE.img, HOSTILE.javascriptUrl, body("Halvorsen")),
      article("h2", `Ledger ${HOSTILE.attribute}`, HOSTILE.oddHttpUrl, body("Doyle")),
      article("h3", "Copy Daily", HOSTILE.dataUrl, body("Halvorsen"), "h1"),
      article("h4", "Spaced", HOSTILE.spacedJavascriptUrl, body("Nobody")),
    ],
    actors: [
      {
        id: "person:odd",
        name: `${HOSTILE.script} Odd ${HOSTILE.attribute}`,
        type: "person",
        country: "NOR",
        roles: [],
        aliases: [],
      },
      { id: "country:NOR", name: "Norway", type: "country", country: "NOR", roles: [], aliases: [] },
    ],
    stories: [
      {
        id: "story-h1",
        title: `${HOSTILE.styleBreak} talks`,
        articles: ["h1", "h2", "h3", "h4"],
        storyline: "h1",
        ...alignment,
      },
    ],
    timeline: [
      {
        date: "2025-03-19",
        summary: `${HOSTILE.svg} person:odd → met`,
        story: "story-h1",
        articles: ["h1", "h2"],
        precision: "day",
        dateEvidence: "stated",
        storyline: "h1",
        events: ["event-000000000001"],
        code: "042",
        label: HOSTILE.script,
        goldstein: 1.9,
        source: "person:odd",
        target: null,
        place: null,
        publishers: 2,
        sources: [],
      },
    ],
    graph: {
      period: "month",
      nodes: [],
      edges: [
        {
          source: "person:odd",
          target: "country:NOR",
          period: HOSTILE.img,
          events: 1,
          goldstein: 1.9,
          mentions: 2,
          eventIds: [],
        },
      ],
    },
    failures: [{ source: HOSTILE.javascriptUrl, reason: HOSTILE.script }],
  };
}
