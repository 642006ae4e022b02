/**
 * Every text the quality evaluations read from ../shared/eval, through their own loaders (nothing copied into the
 * repository), as raw documents for the robustness run: PolNeAR, TempEval-3, BASIL, PAC, UCI headlines, NewsWCL50,
 * ECB+, the PLOVER and PETR-2 gold sentences, the PETRARCH-2 unit tests and the SemEval-2015 timeline documents.
 */
import type { ArticleMeta, RawDocument } from "../../src/article.js";
import { loadBasil, loadEcbPlus, loadNewsWcl50, loadPac, loadUci, type Dataset } from "../clustering/datasets.js";
import { readPetr, readPlover, readUnitTests } from "../events.js";
import { readSplit } from "../quotes.js";
import { readCorpus as readTempEval } from "../times.js";
import { corpusNames, readCorpus as readTimelineCorpus } from "../timeline/corpus.js";
import { prepareDocument } from "../timeline/documents.js";

/** One real text: the raw document the product would read, and the set it came from. */
export interface RealText {
  set: string;
  doc: RawDocument;
}

const textDoc = (source: string, body: string, meta: Partial<ArticleMeta> = {}): RawDocument => ({
  source,
  format: "text",
  body,
  meta,
});

/** A clustering dataset's documents: the title as the first line when there is a body, the headline alone when not. */
function fromDataset(set: string, dataset: Dataset): RealText[] {
  return dataset.docs.map(({ doc }) => {
    const body = doc.text === "" ? doc.title : doc.title === "" ? doc.text : `${doc.title}\n\n${doc.text}`;
    const meta: Partial<ArticleMeta> = { published: doc.published, outlet: doc.outlet ?? null, url: doc.url ?? null };
    if (doc.title !== "") meta.title = doc.title;
    return { set, doc: textDoc(`${set}/${doc.id}`, body, meta) };
  });
}

/** The sets by name, each loaded only when asked for. */
export const realSets: Readonly<Record<string, () => RealText[]>> = {
  polnear: () =>
    (["train", "dev", "test"] as const).flatMap((split) =>
      readSplit(split).map((d) => ({ set: "polnear", doc: textDoc(`polnear/${split}/${d.name}`, d.text) })),
    ),
  tempeval: () =>
    ["TBAQ-cleaned", "te3-platinum"].flatMap((dir) =>
      readTempEval(dir).map((d) => ({
        set: "tempeval",
        doc: textDoc(`tempeval/${d.name}`, d.text, d.dct === "" ? {} : { published: d.dct.slice(0, 10) }),
      })),
    ),
  basil: () => fromDataset("basil", loadBasil()),
  pac: () => fromDataset("pac", loadPac()),
  uci: () => fromDataset("uci", loadUci()),
  newswcl50: () => fromDataset("newswcl50", loadNewsWcl50()),
  ecbplus: () => fromDataset("ecbplus", loadEcbPlus()),
  plover: () => readPlover().map((r) => ({ set: "plover", doc: textDoc(`plover/${r.id}`, r.text) })),
  petr2: () => readPetr().map((r) => ({ set: "petr2", doc: textDoc(`petr2/${r.id}`, r.text) })),
  petrUnitTests: () =>
    readUnitTests().map((r) => ({ set: "petrUnitTests", doc: textDoc(`petr-unittest/${r.id}`, r.text) })),
  semeval: () =>
    corpusNames.flatMap((name) =>
      readTimelineCorpus(name).documents.map((d) => ({ set: "semeval", doc: prepareDocument(d).raw })),
    ),
};

/** Every real text of the named sets (all sets by default), in a fixed order. */
export function loadRealTexts(sets: readonly string[] = Object.keys(realSets)): RealText[] {
  return sets.flatMap((name) => {
    const load = realSets[name];
    if (load === undefined) throw new Error(`unknown set "${name}"; known: ${Object.keys(realSets).join(", ")}`);
    return load();
  });
}
