import type { RegistryCandidate } from "./registryCandidates.js";
import type { Actor } from "./types.js";

/**
 * Capitals whose name, in English news, more often names somewhere else: Georgetown (the university and the
 * neighbourhood of Washington, towns in Texas and Kentucky) and Nassau (the county of New York).
 */
const homonymCapitals = new Set(["place:georgetown", "place:nassau"]);

/**
 * Whether a capital's name most likely names its homonym, a place of no known state: a capital listed above in an
 * article that names its state nowhere ("nearly 90 Georgetown University faculty", "Nassau County police"). Named
 * with its state in the article ("Guyana's capital, Georgetown"), it is the capital again.
 *
 * @example homonymCapital(georgetown, registryCandidates(tokenize("Georgetown University faculty"), taken, registry)) // true
 */
export function homonymCapital(place: Actor, candidates: readonly RegistryCandidate[]): boolean {
  if (!homonymCapitals.has(place.id) || !place.country) return false;
  return !candidates.some(
    (c) => (c.hit.type === "country" || c.hit.type === "demonym") && c.hit.country === place.country,
  );
}
