import { findActors, loadRegistry } from "./src/analyze/actors/index.js";
import { findEvents, loadEventDictionary } from "./src/analyze/events/index.js";
const reg = loadRegistry();
const dict = loadEventDictionary();
const sents = process.argv.slice(2);
for (const s of sents) {
  const sentences = [{ start: 0, end: s.length, paragraph: 0 }];
  const { actors, mentions } = findActors(s, sentences, reg);
  const evs = findEvents({ text: s, sentences, mentions, actors, times: [], meta: { published: "2024-01-01" } }, dict);
  console.log(s);
  for (const e of evs) console.log("   ", e.code, e.source, "->", e.target, `[${e.verb}]`, e.evidence, e.place ?? "");
}
