import { describe, expect, it } from "vitest";
import type { RawDocument } from "./article.js";
import { KnownPeople } from "./analyze/actors/index.js";
import { analysisStages, newArticle, runPipelineBatch } from "./pipeline.js";
import { defaultContext } from "./stage.js";

/** A small ordinary news text, the base most hostile variants below are made from. */
const BASE =
  "Harbor Talks Stall\n\n" +
  'WELLINGTON (Reuters) - Port Minister Ana Ruiz said on Tuesday that "talks with the union will resume in March," ' +
  "after 1,200 dockers walked out. The union's leader, Tom Okafor, told reporters the offer of 3.5% was (in his words) " +
  "an insult. Police arrested 14 people near Pier 9 on March 4, 2024.\n";

const cut = (text: string, at: number): string => text.slice(0, at);

/** Hostile texts: each names what it does to a stage. Written for this test, not taken from evaluation data. */
const HOSTILE: Record<string, string> = {
  "cut mid-word": cut(BASE, 150),
  "cut inside a quotation": cut(BASE, BASE.indexOf("talks") + 8),
  "quotes and brackets unbalanced": BASE.replace(/["”)]/gu, "").replace(/said/u, 'said "(["'),
  "quote marks only": '"""“”«»„\'\'``"',
  "all caps": BASE.toUpperCase(),
  "no punctuation": BASE.replace(/\p{P}/gu, ""),
  "lines joined": BASE.replace(/\s*\n\s*/gu, " "),
  "a word per line": BASE.replace(/ /gu, "\n"),
  "control characters": BASE.replace(/ /gu, (_, i: number) =>
    i % 3 === 0 ? "\u0000" : i % 3 === 1 ? "\u0007 " : "\r",
  ),
  "lone surrogates": `\ud800${BASE.slice(0, 80)}\udfff said \udc00\ud800 on Tuesday \ud83d`,
  "emoji cut in half": `${BASE.slice(0, 60)} 👩‍👩‍👧 said 🇺🇸 ${"😀".slice(0, 1)}`,
  "Arabic, Hebrew and bidi marks":
    'قال الوزير يوم الثلاثاء إن «المحادثات ستستأنف». ראש הממשלה אמר "לא". \u202eAna Ruiz said\u202c \u200fyes\u200e.',
  "emoji everywhere": BASE.replace(/ /gu, " 🔥 "),
  "zero-width characters inside words": BASE.replace(/([a-z])([a-z])/gu, "$1\u200b$2\u200d"),
  "combining marks": BASE.replace(/([aeiou])/gu, "$1\u0301\u0338"),
  "title only": "Harbor Talks Stall",
  "numbers only": "12 345 6.7 2024 1999-12-31 3/4 $5 99% -0 1e308",
  "dates that cannot be": "On February 30, 2024 at 25:61, on 0000-00-00 and 31/02/2024, 99999 BC, Tuesday Tuesday.",
  "figures that cannot be":
    "Officials said NaN people, Infinity dollars, 1/0 of them and $1,000,000,000,000,000,000,000 were lost.",
  "one long word": "a".repeat(5000),
  "nested brackets": `${"(".repeat(500)}Ana Ruiz said no${")".repeat(10)}`,
  "many open quotes": 'He said "we will '.repeat(200),
  "capitalised words without end": "John Smith Mary Jones United Nations ".repeat(100),
  "whitespace of every kind": BASE.replace(/ /gu, "\t\u00a0\u3000\u2003"),
};

const docs: RawDocument[] = Object.entries(HOSTILE).map(([name, body]) => ({
  source: name,
  format: "text",
  body,
  meta: { published: "2024-03-05" },
}));

describe("every stage on hostile text", () => {
  it("never turns a hostile text into an internal error (the product path: clean, then each stage)", () => {
    const outcomes = runPipelineBatch(docs, { ...defaultContext, knownPeople: new KnownPeople() });
    const internal = outcomes.flatMap((o, i) =>
      "reason" in o && o.reason.startsWith("internal error") ? [`${docs[i]?.source}: ${o.reason}`] : [],
    );
    expect(internal).toEqual([]);
  });

  it("never throws when a stage gets the hostile text as is (what clean would have dropped included)", () => {
    const thrown: string[] = [];
    const ctx = { ...defaultContext, knownPeople: new KnownPeople() };
    for (const doc of docs) {
      const article = newArticle(doc);
      article.text = doc.body;
      for (const stage of analysisStages) {
        try {
          stage.run(article, ctx);
        } catch (error) {
          thrown.push(`${doc.source}: ${stage.name}: ${String(error)}`);
          break;
        }
      }
    }
    expect(thrown).toEqual([]);
  });
});
