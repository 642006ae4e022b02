export { alignStory } from "./alignStory.js";
export { alignQuotes } from "./alignQuotes.js";
export { alignClaims } from "./alignClaims.js";
export { alignEvents } from "./alignEvents.js";
export { discrepancies } from "./discrepancies.js";
export { coverage } from "./coverage.js";
export { framing, actorDiscrepancies } from "./framing.js";
export type * from "./types.js";
