import type { Registry } from "./loadRegistry.js";
import type { Token } from "./tokenize.js";

/** Words after a name that make it a region of a state: "Washington state", "Washington Gov. Jay Inslee". */
const regionAfter = new Set([
  "state",
  "Gov.",
  "Gov",
  "Governor",
  "Lt.",
  "Legislature",
  "legislature",
  "statehouse",
  "Statehouse",
]);
/** "Democrat of Washington", "the governor of Washington": who a region's name after "of" belongs to. */
const regionOwners = new Set([
  "Democrat",
  "Republican",
  "Independent",
  "governor",
  "Governor",
  "senator",
  "Senator",
  "congressman",
  "congresswoman",
  "representative",
  "Representative",
  "legislature",
  "state",
]);
/** "Washington's governor", "Washington's legislature". */
const regionPossessions = new Set(["governor", "legislature", "attorney", "secretary", "lieutenant", "voters"]);

/**
 * Whether the capital's name at tokens [first, end) names the region of its state that bears the same name
 * ("Washington" the U.S. state, not the capital standing for the state): a state word or a state office after it,
 * "of" after a party word, an office or a person's name (`personEndsAt`), a possessive before an office, or another
 * region of the same state next to it ("Connecticut and Washington", "Seattle, Washington").
 *
 * @example regionUse(tokenize("Washington Gov. Jay Inslee"), 0, 1, "USA", registry, () => false) // true
 */
export function regionUse(
  tokens: readonly Token[],
  first: number,
  end: number,
  country: string | null,
  registry: Registry,
  personEndsAt: (offset: number) => boolean,
): boolean {
  const after = tokens[end];
  const before = tokens[first - 1];
  if (after && regionAfter.has(after.text)) return true;
  if ((after?.text === "'s" || after?.text === "’s") && regionPossessions.has(tokens[end + 1]?.text ?? "")) return true;
  if (before?.text === "of") {
    const owner = tokens[first - 2];
    if (owner && (regionOwners.has(owner.text) || personEndsAt(owner.end))) return true;
  }
  const sameState = (token: Token | undefined): boolean =>
    !!token && registry.regions.has(token.text) && registry.regions.get(token.text) === country;
  // "Connecticut and Washington", "Washington, Oregon and California", "Seattle, Washington".
  const joiner = (token: Token | undefined): boolean =>
    token?.text === "and" || token?.text === "or" || token?.text === ",";
  if (joiner(before) && sameState(tokens[first - 2])) return true;
  if (joiner(after) && sameState(tokens[end + 1])) return true;
  if (before?.text === ",") {
    const hits = registry.aliases.get(tokens[first - 2]?.text ?? "");
    return hits.some(
      (hit) => hit.type === "seat" && hit.kind === "place" && registry.actors.get(hit.place)?.country === country,
    );
  }
  return false;
}
