/** The actor graph as GraphML (http://graphml.graphdrawing.org/), loadable in Gephi, yEd, NetworkX or igraph. */

import { actorGraph } from "../triangulate/graph/actorGraph.js";
import type { ActorGraph } from "../triangulate/graph/types.js";
import type { Dossier } from "./dossier.js";

/** Characters XML 1.0 does not allow at all (controls other than tab and line breaks, U+FFFE/U+FFFF, lone surrogates). */
const notXmlChar =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const xmlSpecial = /[&<>"'\t\n\r]/g;
const entity: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  // Kept as references so attribute-value normalisation does not turn them into spaces.
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/**
 * Escapes text for XML element content or a quoted attribute, dropping characters XML cannot hold.
 *
 * @example escapeXml('Al-"Sulaiti" & <co>') // "Al-&quot;Sulaiti&quot; &amp; &lt;co&gt;"
 */
export function escapeXml(text: string): string {
  return text.replace(notXmlChar, "").replace(xmlSpecial, (c) => entity[c] ?? c);
}

/** Attribute keys: [id, for, name, type]. `label` and `weight` are the names Gephi reads as label and edge weight. */
const keys = [
  ["label", "node", "label", "string"],
  ["type", "node", "type", "string"],
  ["country", "node", "country", "string"],
  ["nodeEvents", "node", "events", "int"],
  ["period", "edge", "period", "string"],
  ["weight", "edge", "weight", "double"],
  ["edgeEvents", "edge", "events", "int"],
  ["goldstein", "edge", "goldstein", "double"],
  ["mentions", "edge", "mentions", "int"],
] as const;

const data = (key: string, value: string | number | null): string =>
  value === null ? "" : `<data key="${key}">${escapeXml(String(value))}</data>`;

/**
 * Writes an actor graph as GraphML: one node per actor, one directed edge per dyad and period, with the event
 * count (also as `weight`), mean Goldstein score and number of article reports.
 *
 * @example graphToGraphml(actorGraph(dossier.stories, dossier.actors)).startsWith("<?xml") // true
 */
export function graphToGraphml(graph: ActorGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.map(([id, on, name, type]) => `  <key id="${id}" for="${on}" attr.name="${name}" attr.type="${type}"/>`),
    `  <graph id="parallax-actors-by-${graph.period}" edgedefault="directed">`,
  ];
  for (const node of graph.nodes) {
    const attributes = [
      data("label", node.name),
      data("type", node.type),
      data("country", node.country),
      data("nodeEvents", node.events),
    ];
    lines.push(`    <node id="${escapeXml(node.id)}">${attributes.join("")}</node>`);
  }
  graph.edges.forEach((edge, i) => {
    const attributes = [
      data("period", edge.period),
      data("weight", edge.events),
      data("edgeEvents", edge.events),
      data("goldstein", edge.goldstein),
      data("mentions", edge.mentions),
    ];
    lines.push(
      `    <edge id="e${i}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">${attributes.join("")}</edge>`,
    );
  });
  lines.push("  </graph>", "</graphml>");
  return lines.join("\n") + "\n";
}

/**
 * The dossier's actor graph as GraphML (its `graph` field, or the graph built from its stories' events).
 *
 * @example writeFileSync("actors.graphml", toGraphml(dossier))
 */
export function toGraphml(dossier: Dossier): string {
  return graphToGraphml(dossier.graph ?? actorGraph(dossier.stories, dossier.actors));
}
