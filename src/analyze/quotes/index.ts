export { quotes } from "./quotes.js";
export { findQuotes } from "./findQuotes.js";
export type { FindQuotesOptions } from "./findQuotes.js";
export { loadCues } from "./cues.js";
export type { Cues } from "./cues.js";
export type { SpeakerLinker, SpeakerRef } from "./resolveSpeaker.js";
