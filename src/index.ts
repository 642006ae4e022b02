/** Parallax as a library: entry points and types only. */
export type {
  Article,
  ArticleEvent,
  ArticleMeta,
  Claim,
  Evidence,
  Failure,
  Mention,
  Quote,
  RawDocument,
  ReadResult,
  Removed,
  Span,
  TimeExpression,
} from "./article.js";
export { pipeline, runPipeline } from "./pipeline.js";
export { processInputs } from "./process.js";
export type { Processed } from "./process.js";
export { readInputs } from "./ingest/readers/readInputs.js";
export type { ReadOptions } from "./ingest/readers/options.js";
export { buildDossier } from "./dossier/buildDossier.js";
export type { Dossier, DossierArticle, DossierActor, DossierStory } from "./dossier/dossier.js";
export { render } from "./dossier/render.js";
export { openStore } from "./store/openStore.js";
export type { Store, PutOutcome } from "./store/Store.js";
export { main } from "./cli/main.js";
export { triangulate } from "./triangulate/triangulate.js";
export { alignStory, alignEvents } from "./triangulate/align/index.js";
export { StoryIndex, clusterDocFromArticle } from "./triangulate/stories/index.js";
export { buildTimeline } from "./triangulate/timeline/buildTimeline.js";
export type { TimelineEntry } from "./triangulate/timeline/types.js";
export { entityEventTimeline } from "./triangulate/timeline/entityEventTimeline.js";
export type { EntityEventMention, EntityEventOptions } from "./triangulate/timeline/entityEventTimeline.js";
export { actorGraph } from "./triangulate/graph/actorGraph.js";
export type { ActorGraph } from "./triangulate/graph/types.js";
export { toGraphml } from "./dossier/toGraphml.js";
export { toEventTsv } from "./dossier/toEventTsv.js";
export { toHtml } from "./dossier/toHtml.js";
export { toMarkdown } from "./dossier/toMarkdown.js";
export { buildReport } from "./dossier/report/buildReport.js";
