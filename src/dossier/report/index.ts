export { buildReport, STORY_SECTIONS } from "./buildReport.js";
export { extractiveSummary } from "./extractiveSummary.js";
export { safeHref } from "./safeHref.js";
export type { Block, Inline, ReportDocument, Section } from "./document.js";
export type { SummaryInput, SummaryOptions, SummarySentence } from "./extractiveSummary.js";
