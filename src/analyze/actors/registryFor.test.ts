import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { newArticle } from "../../pipeline.js";
import { defaultContext } from "../../stage.js";
import { actors } from "./actorsStage.js";
import { KnownPeople } from "./knownPeople.js";
import { registryFor } from "./registryFor.js";

const userFile = (yaml: string): string => {
  const file = join(mkdtempSync(join(tmpdir(), "parallax-registry-")), "actors.yaml");
  writeFileSync(file, yaml);
  return file;
};

/** Runs the actors stage alone over a text of one sentence. */
const run = (text: string, ctx = defaultContext) => {
  const article = newArticle({ source: "test", format: "text", body: text, meta: {} });
  article.text = text;
  article.sentences = [{ start: 0, end: text.length, paragraph: 0 }];
  actors.run(article, ctx);
  return article;
};

describe("registryFor", () => {
  it("builds a registry once per user file", () => {
    const file = userFile("actors:\n  - {name: Acme Mining, type: organization, country: PER}\n");
    expect(registryFor(file)).toBe(registryFor(file));
    expect(registryFor()).toBe(registryFor());
    expect(registryFor(file)).not.toBe(registryFor());
    expect(registryFor(file).actors.get("org:acme-mining")?.country).toBe("PER");
  });

  it("names the file, the entry and the field of a bad user entry", () => {
    const file = userFile("actors:\n  - {name: Acme Mining, type: company}\n");
    expect(() => registryFor(file)).toThrow(
      `${file}: field "actors", entry 1 (Acme Mining), field "type": Invalid option: expected one of`,
    );
  });

  it("says which file does not parse", () => {
    const file = userFile("actors: [\n");
    expect(() => registryFor(file)).toThrow(file);
  });
});

describe("the actors stage in a run", () => {
  it("uses the run's registry from the context", () => {
    const file = userFile("actors:\n  - {name: Acme Mining, type: organization, country: PER, aliases: [Acme]}\n");
    const ctx = { ...defaultContext, registry: registryFor(file) };
    expect(run("Acme said it would close.", ctx).mentions.map((m) => m.actor)).toEqual(["org:acme-mining"]);
    expect(run("Acme said it would close.").mentions).toEqual([]);
  });

  it("finds a bare surname named in full by an earlier article of the run", () => {
    const ctx = { ...defaultContext, knownPeople: new KnownPeople() };
    run("Health Minister Carlos Paredes of Peru said 76 people died.", ctx);
    const later = run("Rescuers dug on. Paredes visited the town on Thursday.", ctx);
    expect(later.mentions.map((m) => [m.text, m.actor, m.kind, m.evidence])).toEqual([
      ["Paredes", "person:carlos-paredes", "surname", "inferred"],
    ]);
    expect(later.actors[0]).toMatchObject({ country: "PER", roles: ["Health Minister"] });
    // Without the run's memory, a lone surname names no one.
    expect(run("Rescuers dug on. Paredes visited the town on Thursday.").mentions).toEqual([]);
  });
});
