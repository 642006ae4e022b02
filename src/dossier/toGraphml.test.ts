import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { actorGraph } from "../triangulate/graph/actorGraph.js";
import { testDossier } from "./testDossier.js";
import { escapeXml, toGraphml } from "./toGraphml.js";

const graphmlNs = "http://graphml.graphdrawing.org/xmlns";

/** Parses XML strictly: jsdom's XML parser throws on anything not well-formed. */
function parseXml(xml: string): Document {
  return new JSDOM(xml, { contentType: "application/xml" }).window.document;
}

describe("toGraphml", () => {
  const dossier = testDossier();
  const xml = toGraphml(dossier);
  const doc = parseXml(xml);

  it("writes well-formed GraphML with a node per actor and a directed edge per dyad and period", () => {
    expect(doc.documentElement.localName).toBe("graphml");
    expect(doc.documentElement.namespaceURI).toBe(graphmlNs);
    expect(doc.getElementsByTagNameNS(graphmlNs, "graph")[0]?.getAttribute("edgedefault")).toBe("directed");
    const nodes = [...doc.getElementsByTagNameNS(graphmlNs, "node")].map((n) => n.getAttribute("id"));
    expect(nodes.sort()).toEqual(["country:NOR", "country:USA", 'org:"odd"&<co>']);
    const edges = [...doc.getElementsByTagNameNS(graphmlNs, "edge")].map((e) => [
      e.getAttribute("source"),
      e.getAttribute("target"),
    ]);
    expect(edges).toEqual([
      ["country:NOR", "country:USA"],
      ["country:NOR", 'org:"odd"&<co>'],
    ]);
  });

  it("keeps names with markup characters, tabs and newlines intact and drops characters XML cannot hold", () => {
    const node = [...doc.getElementsByTagNameNS(graphmlNs, "node")].find((n) =>
      n.getAttribute("id")?.startsWith("org:"),
    );
    const label = [...(node?.children ?? [])].find((d) => d.getAttribute("key") === "label");
    expect(label?.textContent).toBe("Odd\t& <Sons>\nLtd");
  });

  it("declares every data key it uses, with Gephi's label and weight names", () => {
    const keys = new Map(
      [...doc.getElementsByTagNameNS(graphmlNs, "key")].map((k) => [k.getAttribute("id"), k.getAttribute("attr.name")]),
    );
    const used = new Set([...doc.getElementsByTagNameNS(graphmlNs, "data")].map((d) => d.getAttribute("key")));
    for (const key of used) expect(keys.has(key)).toBe(true);
    expect(keys.get("label")).toBe("label");
    expect(keys.get("weight")).toBe("weight");
    const weight = [...doc.getElementsByTagNameNS(graphmlNs, "data")].find((d) => d.getAttribute("key") === "weight");
    expect(weight?.textContent).toBe("1");
  });

  it("uses the dossier's graph when it has one", () => {
    const graph = actorGraph(dossier.stories, dossier.actors, { period: "year" });
    expect(toGraphml({ ...dossier, graph })).toContain('<graph id="parallax-actors-by-year"');
  });

  it("writes a valid empty graph when there are no dyads", () => {
    const empty = parseXml(toGraphml({ ...dossier, stories: [] }));
    expect(empty.getElementsByTagNameNS(graphmlNs, "node")).toHaveLength(0);
  });
});

describe("escapeXml", () => {
  it("escapes markup, keeps whitespace as references and drops forbidden characters", () => {
    expect(escapeXml(`a&b<c>"d"'e'`)).toBe("a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;");
    expect(escapeXml("x\ty\nz\r")).toBe("x&#9;y&#10;z&#13;");
    expect(escapeXml("bell\u0007 \uFFFF lone\uD800 pair😀")).toBe("bell  lone pair😀");
  });
});
