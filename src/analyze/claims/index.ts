export { claims } from "./claims.js";
export { findClaims } from "./findClaims.js";
export type { ClaimInputs } from "./findClaims.js";
export { loadClaimLexicon } from "./lexicon.js";
export type { ClaimLexicon } from "./lexicon.js";
