/**
 * The planted cross-outlet items of the demo corpus (demo/README.md, demo/answer-key.json), found by alignStory on
 * the pipeline's analysis. Stories are grouped by the answer key's membership here only: clustering is tested apart.
 */

import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Article } from "../../article.js";
import type { DossierStory } from "../../dossier/dossier.js";
import { processInputs } from "../../process.js";
import { alignStory } from "./alignStory.js";
import type { StoryAlignment } from "./types.js";

interface KeyArticle {
  key: string;
  source: string;
  story: string;
}
interface AnswerKey {
  articles: KeyArticle[];
  stories: { id: string; articles: string[] }[];
  copies: { copy: string; original: string }[];
  discrepancies: {
    kind: string;
    story: string;
    variants: { article: string; text: string; value: string; odd?: boolean }[];
  }[];
}

const root = new URL("../../../demo/", import.meta.url);
const key = JSON.parse(readFileSync(new URL("answer-key.json", root), "utf8")) as AnswerKey;
const copyOf = new Map(key.copies.map((c) => [c.copy, c.original]));
const stories = new Map<string, StoryAlignment>();

// The dossier's story type is what the lead stores: alignStory's result must fit it.
const fits = (s: StoryAlignment): Omit<DossierStory, "id" | "title" | "articles"> => s;

beforeAll(async () => {
  const byKey = new Map<string, Article>();
  for await (const r of processInputs([new URL("corpus", root).pathname])) {
    if (!r.ok) continue;
    const entry = key.articles.find((k) => r.article.source.endsWith(`corpus/${k.source}`));
    if (entry !== undefined) byKey.set(entry.key, { ...r.article, id: entry.key });
  }
  for (const story of key.stories) {
    const articles = story.articles.map((k) => byKey.get(k)).filter((a): a is Article => a !== undefined);
    stories.set(story.id, fits(alignStory(articles, copyOf)) as StoryAlignment);
  }
}, 60_000);

const story = (id: string): StoryAlignment => {
  const s = stories.get(id);
  if (s === undefined) throw new Error(`story ${id} not aligned`);
  return s;
};

/** The variant article → value pairs of the discrepancy of a kind whose variants include the odd article. */
function found(storyId: string, kind: string, oddArticle: string): Map<string, string> | undefined {
  const d = story(storyId).discrepancies.find(
    (x) => x.kind === kind && x.variants.some((v) => v.article === oddArticle),
  );
  return d === undefined ? undefined : new Map(d.variants.map((v) => [v.article, v.value]));
}

describe("demo corpus: planted discrepancies", () => {
  it("date: the Doha round opened on Monday, ledger-doha says Tuesday", () => {
    const d = found("doha-talks", "date", "ledger-doha");
    expect(d?.get("ledger-doha")).toBe("2025-03-11");
    expect(d?.get("gws-doha")).toBe("2025-03-10");
    expect(d?.get("meridian-doha")).toBe("2025-03-10");
    expect(d?.get("coastline-doha")).toBe("2025-03-10");
    expect(d?.get("meridian-toll-update")).toBe("2025-03-10");
    expect(d?.get("vbn-cairo")).toBe("2025-03-10");
  });

  it("date and place: the Halvorsen–Doyle meeting, ledger-trade says New York on Thursday", () => {
    expect(found("norway-us-trade", "date", "ledger-trade")?.get("ledger-trade")).toBe("2025-03-20");
    expect(found("norway-us-trade", "date", "ledger-trade")?.get("gws-trade")).toBe("2025-03-19");
    expect(found("norway-us-trade", "place", "ledger-trade")?.get("ledger-trade")).toBe("New York");
    expect(found("norway-us-trade", "place", "ledger-trade")?.get("meridian-trade")).toBe("Washington");
  });

  it("place: the epicentre near Moquegua (vbn-quake) vs southwest of Arequipa", () => {
    const d = found("peru-quake", "place", "vbn-quake");
    expect(d?.get("vbn-quake")).toBe("Moquegua");
    expect(d?.get("gws-quake")).toBe("Arequipa");
    expect(d?.has("coastline-quake-copy")).toBe(false);
  });

  it("number: 76 killed (vbn-quake) against 67 the same day", () => {
    const d = found("peru-quake", "number", "vbn-quake");
    expect(d?.get("vbn-quake")).toMatch(/^at least 76/);
    expect(d?.get("gws-quake")).toMatch(/^at least 67/);
    expect(d?.has("coastline-quake-copy")).toBe(false);
  });

  it("number: magnitude 7.0 (vbn-quake) against 6.8", () => {
    const d = story("peru-quake").discrepancies.find((x) => x.kind === "number" && x.about.includes("magnitude"));
    expect(d?.variants.find((v) => v.article === "vbn-quake")?.value).toMatch(/^7\b/);
    expect(d?.variants.find((v) => v.article === "gws-quake")?.value).toMatch(/^6\.8\b/);
  });

  it("quote: the condition of Awadallah's offer is cut by ledger-doha", () => {
    const d = found("doha-talks", "quote", "ledger-doha");
    expect(d?.get("ledger-doha")).toBe("unconditional");
    expect(d?.get("gws-doha")).toBe("conditional");
  });

  it("attribution: the trade-war line is Halvorsen's, ledger-trade gives it to Doyle", () => {
    const d = found("norway-us-trade", "attribution", "ledger-trade");
    expect(d?.get("ledger-trade")).toMatch(/Doyle/);
    expect(d?.get("gws-trade")).toMatch(/Halvorsen/);
  });

  it("actor: Hamas is an Iran-backed terror group in ledger-doha, a militant group in meridian-doha", () => {
    const d = found("doha-talks", "actor", "ledger-doha");
    expect(d?.get("ledger-doha")).toBe("Iran-backed terror group");
    expect(d?.get("meridian-doha")).toBe("militant group");
  });

  it("actor: the Health Ministry is Hamas-run in ledger-doha, in Gaza elsewhere", () => {
    const d = story("doha-talks").discrepancies.find(
      (x) => x.kind === "actor" && x.variants.some((v) => v.article === "ledger-doha" && v.value === "Hamas-run"),
    );
    expect(d?.variants.find((v) => v.article === "meridian-doha")?.value).toBe("Health Ministry in Gaza");
  });

  it("every variant's text is the article's own words, and each reported odd value is the key's", () => {
    for (const planted of key.discrepancies) {
      const odd = planted.variants.find((v) => v.odd === true);
      if (odd === undefined) continue;
      const d = story(planted.story).discrepancies.find(
        (x) => x.kind === planted.kind && x.variants.some((v) => v.article === odd.article),
      );
      if (d === undefined) continue;
      const ours = d.variants.find((v) => v.article === odd.article);
      expect(ours?.text.length).toBeGreaterThan(0);
      if (planted.kind === "date" || planted.kind === "place") expect(ours?.value).toBe(odd.value);
    }
  });

  it("no discrepancy sets the copy against its original", () => {
    for (const s of stories.values())
      for (const d of s.discrepancies) expect(d.variants.some((v) => v.article === "coastline-quake-copy")).toBe(false);
  });
});

describe("demo corpus: figures", () => {
  const claim = (storyId: string, article: string, quantity: number) =>
    story(storyId).claims.find((c) => c.values.some((v) => v.article === article && v.quantity === quantity));

  it("update: 48,500 then 50,000 killed in Gaza", () => {
    const c = claim("doha-talks", "meridian-toll-update", 50000);
    expect(c?.relation).toBe("update");
    expect(c?.values.some((v) => v.article === "gws-doha" && v.quantity === 48500)).toBe(true);
  });

  it("consistent: 251 hostages taken vs about 250", () => {
    const c = claim("doha-talks", "coastline-doha", 250);
    expect(c?.relation).toBe("consistent");
    expect(c?.values.map((v) => v.article).sort()).toEqual([
      "coastline-doha",
      "gws-doha",
      "ledger-doha",
      "meridian-doha",
    ]);
  });

  it("consistent: 59 hostages still held; some/about 20,000 fighters; 1,400 homes; $1.1 billion of aluminium", () => {
    expect(claim("doha-talks", "gws-doha", 59)?.relation).toBe("consistent");
    expect(claim("doha-talks", "ledger-doha", 20000)?.relation).toBe("consistent");
    expect(claim("peru-quake", "ledger-quake", 1400)?.relation).toBe("consistent");
    expect(claim("norway-us-trade", "meridian-trade", 1_100_000_000)?.relation).toBe("consistent");
  });

  it("conflict: 67 vs 76 killed", () => {
    expect(claim("peru-quake", "vbn-quake", 76)?.relation).toBe("conflict");
  });
});

describe("demo corpus: quotes said once, worded several ways", () => {
  const quote = (storyId: string, speaker: string) => story(storyId).quotes.find((q) => q.speaker === speaker);
  const articles = (storyId: string, speaker: string) =>
    quote(storyId, speaker)
      ?.variants.map((v) => v.article)
      .sort();

  it("Whitcombe: same meaning, different wording", () => {
    expect(articles("doha-talks", "person:daniel-whitcombe")).toEqual(["coastline-doha", "meridian-doha"]);
  });
  it("Al-Sulaiti: full quote and partial quote", () => {
    expect(articles("doha-talks", "person:nasser-al-sulaiti")).toEqual(["coastline-doha", "meridian-doha"]);
  });
  it("Villanueva: identical, the copy kept as a variant", () => {
    expect(articles("peru-quake", "person:rosa-villanueva")).toEqual([
      "coastline-quake-copy",
      "gws-quake",
      "meridian-quake",
    ]);
  });
  it("Doyle: identical partial quote", () => {
    const q = story("norway-us-trade").quotes.find((x) => x.variants.every((v) => v.kind === "partial"));
    expect(q?.variants.map((v) => v.article).sort()).toEqual(["gws-trade", "ledger-trade", "meridian-trade"]);
  });
  it("Halvorsen's line is not aligned with the version given to Doyle", () => {
    const q = quote("norway-us-trade", "person:ingrid-halvorsen");
    expect(q?.variants.map((v) => v.article).sort()).toEqual(["gws-trade", "meridian-trade"]);
  });
});

describe("demo corpus: framing", () => {
  const framingOf = (storyId: string, article: string) => story(storyId).framing.find((f) => f.article === article);
  it("finds the loaded terms of the key", () => {
    expect(framingOf("doha-talks", "ledger-doha")?.loadedTerms.map((t) => t.term)).toEqual(
      expect.arrayContaining(["massacre", "terrorists"]),
    );
    expect(framingOf("norway-us-trade", "coastline-trade")?.loadedTerms.map((t) => t.term)).toContain("punitive");
  });
  it("labels the health ministry Hamas-run in ledger-doha", () => {
    expect(framingOf("doha-talks", "ledger-doha")?.labels.map((l) => l.label)).toContain("Hamas-run");
  });
});
