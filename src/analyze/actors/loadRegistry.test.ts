import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findActors } from "./findActors.js";
import { loadRegistry } from "./loadRegistry.js";

const userFile = (yaml: string): string => {
  const file = join(mkdtempSync(join(tmpdir(), "parallax-actors-")), "actors.yaml");
  writeFileSync(file, yaml);
  return file;
};
const sentence = (text: string) => [{ start: 0, end: text.length, paragraph: 0 }];

describe("loadRegistry", () => {
  it("knows states, demonyms and capitals from the country packages", () => {
    const registry = loadRegistry();
    expect(registry.aliases.get("Qatari")).toEqual([{ type: "demonym", country: "QAT" }]);
    expect(registry.aliases.get("Doha")).toEqual([{ type: "seat", kind: "capital", place: "place:doha", actor: null }]);
    expect(registry.actors.get("country:QAT")?.name).toBe("Qatar");
    // Two UN members share "Congolese": it names neither.
    expect(registry.aliases.get("Congolese")).toEqual([]);
  });

  it("adds the user's actors and aliases", () => {
    const file = userFile(
      [
        "actors:",
        "  - {name: Mohammed bin Salman, type: person, country: SAU, roles: [Crown Prince], aliases: [MBS]}",
        "aliases:",
        "  - {alias: the Gulf monarchy, actor: country:SAU}",
      ].join("\n"),
    );
    const registry = loadRegistry({ userFile: file });
    const text = "MBS spoke. The Gulf monarchy agreed.";
    const { mentions, actors } = findActors(text, sentence(text), registry);
    expect(mentions.map((m) => m.actor)).toEqual(["person:mohammed-bin-salman", "country:SAU"]);
    expect(actors[0]?.roles).toEqual(["Crown Prince"]);
  });

  it("names the file, the entry and the field of a bad user entry", () => {
    const file = userFile("actors:\n  - {name: Hamas, type: group, country: Gaza}\n");
    expect(() => loadRegistry({ userFile: file })).toThrow(
      `${file}: field "actors", entry 1 (Hamas), field "country": expected an ISO 3166 alpha-3 code in capitals, like "QAT"`,
    );
  });

  it("rejects an alias for an unknown actor", () => {
    const file = userFile("aliases:\n  - {alias: the firm, actor: org:nobody}\n");
    expect(() => loadRegistry({ userFile: file })).toThrow(
      /entry 1 \(the firm\), field "actor": no actor "org:nobody"/,
    );
  });
});
