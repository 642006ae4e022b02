import type { TokenContext } from "./context.js";
import type { AliasHit, Registry, TitleHit } from "./loadRegistry.js";
import { portfolios } from "./cueWords.js";
import type { Token } from "./tokenize.js";

/** What an apposition next to a name says about the person: a role, a state, or a tie to an international body. */
export interface Apposition {
  role: TitleHit | null;
  /** Further offices joined by "and": ", Qatar's prime minister and foreign minister," → Foreign Minister. */
  alsoRoles?: TitleHit[];
  country: string | null;
  /** "a spokesman for the UN": the person speaks for a body of no state, so no state is to be guessed. */
  international: boolean;
}

/** Words that end the noun phrase heading an apposition ("a spokesman | for the UN"). */
const phraseBreaks = new Set(["of", "for", "to", "at", "in", "with", "from", "on", "who", "whose", "which", "that"]);
/** Tokens that end an apposition. */
const appositionEnd = /^(?:[,.;:!?()[\]"“”‘’]|—|–|--|said|says)$/;
const relativePronouns = new Set(["who", "whose"]);
/** Lower-case words after "Name," that open a clause, not an apposition ("…Al Thani, while the Emir…"). */
const notOpeners = new Set([
  "while",
  "whereas",
  "as",
  "and",
  "but",
  "or",
  "nor",
  "so",
  "yet",
  "when",
  "where",
  "after",
  "before",
  "because",
  "although",
  "though",
  "since",
  "if",
  "unless",
  "until",
  "which",
  "that",
  "then",
  "also",
  "however",
  "according",
  "said",
  "says",
  "told",
  "added",
  "wrote",
  "in",
  "on",
  "at",
  "for",
  "with",
  "by",
  "from",
  "to",
  "of",
  "he",
  "she",
  "it",
  "they",
  "we",
  "i",
  "you",
  "not",
]);
const determiners = new Set(["a", "an", "the"]);
/** A past-tense verb: regular ("received") or a common irregular one of news narration ("met", "told"). */
const pastVerb =
  /^(?:\p{Ll}+ed|met|told|said|sent|left|held|spoke|took|gave|made|went|came|saw|led|won|lost|fled|flew|wrote|began|brought|sought|kept|struck|hit|shot)$/u;
/** Words that may stand between a state and the name in "Norway's trade and industry minister, Ingrid Halvorsen". */
const preposedWord = /^\p{Ll}[\p{Ll}-]*$/u;
const ageNumber = /^\d{1,3}$/;
const possessive = /^['’]s$/;
/** Longest apposition read, in tokens. */
const maxTokens = 24;

/**
 * Reads the apposition after a name: ", a spokesman for the Israeli government," gives the role Spokesperson and
 * the state ISR; ", who led Israel's delegation," gives ISR (a relative clause gives a state only by a possessive);
 * ", a spokesman for the UN's humanitarian office" marks the person international. Null when no apposition follows.
 *
 * @example readApposition(tokens, nameEnd, context, registry) // { role: Spokesperson, country: "ISR", … }
 */
export function readApposition(
  tokens: readonly Token[],
  end: number,
  context: TokenContext,
  registry: Registry,
): Apposition | null {
  // "Carlos Paredes of Peru", "Luann Johnson, of Burnsville,": where the person is from.
  const of =
    tokens[end]?.text === "of" ? end + 1 : tokens[end]?.text === "," && tokens[end + 1]?.text === "of" ? end + 2 : -1;
  if (of > 0) {
    const from = stateHitAt(tokens, of, registry);
    if (from && !from.international && from.country) return { role: null, country: from.country, international: false };
    return null;
  }
  if (tokens[end]?.text !== ",") return null;
  let j = end + 1;
  // "Teresa Quispe, 54, who sells fruit"
  if (ageNumber.test(tokens[j]?.text ?? "") && tokens[j + 1]?.text === ",") j += 2;
  const opener = tokens[j];
  if (!opener) return null;
  const relative = relativePronouns.has(opener.text);
  const stateOpener = stateHitAt(tokens, j, registry) !== null;
  if (!relative && !stateOpener && (!/^\p{Ll}/u.test(opener.text) || notOpeners.has(opener.text))) return null;
  // ", received the envoys", ", met Netanyahu's envoy": a verb opens a clause, unless it qualifies a role ("retired general").
  if (
    pastVerb.test(opener.text) &&
    !registry.roleWords.longest(tokens, j) &&
    !registry.roleWords.longest(tokens, j + 1)
  )
    return null;
  const sentence = context.sentence[end - 1];
  let stop = j;
  while (
    stop < tokens.length &&
    stop - j < maxTokens &&
    context.sentence[stop] === sentence &&
    !appositionEnd.test((tokens[stop] as Token).text)
  ) {
    stop++;
  }
  if (stop === j) return null;
  const role = relative ? null : headRole(tokens, j, stop, registry);
  let country: string | null = null;
  let international = false;
  let inClause = relative;
  for (let k = j; k < stop; k++) {
    // "a mother of five who returned to the north of the Gaza Strip": past "who", the relative clause's rules.
    if (relativePronouns.has((tokens[k] as Token).text)) inClause = true;
    const found = stateHitAt(tokens, k, registry);
    if (!found) continue;
    const possessed = possessive.test(tokens[found.end]?.text ?? "");
    // A clause tells a state by a possessive ("who led Israel's delegation") or a town ("who lives in Bergen"),
    // not by a capital one travels to ("who flew in from Riyadh") or a demonym ("who met Qatari officials").
    if (inClause && !possessed && !found.town) {
      k = found.end - 1;
      continue;
    }
    if (found.international) international = true;
    else country = found.country;
    break;
  }
  if (!role && !country && !international) return null;
  const alsoRoles = role ? jointRoles(tokens, j, stop, registry, role) : [];
  return { role, country, international, ...(alsoRoles.length > 0 ? { alsoRoles } : {}) };
}

/** "prime minister and foreign minister": the offices after the head role, joined to it by "and". */
function jointRoles(
  tokens: readonly Token[],
  from: number,
  stop: number,
  registry: Registry,
  head: TitleHit,
): TitleHit[] {
  const roles: TitleHit[] = [];
  for (let k = from; k < stop && !phraseBreaks.has((tokens[k] as Token).text); k++) {
    if ((tokens[k] as Token).text !== "and") continue;
    const match = registry.roleWords.longest(tokens, k + 1);
    const role = match?.values[0];
    if (!match || !role || role.kind !== "office" || role.title === head.title) continue;
    const after = tokens[match.end]?.text ?? "";
    if (match.end === stop || phraseBreaks.has(after) || possessive.test(after)) roles.push(role);
  }
  return roles;
}

/**
 * Reads a role written before a name and set off by a comma: "Norway's trade minister, Ingrid Halvorsen" or
 * "the Norwegian trade and industry minister, Ingrid Halvorsen". Null unless a role ends right at the comma.
 *
 * @example readPreposed(tokens, nameStart, context, registry) // { role: Minister, country: "NOR", … }
 */
export function readPreposed(
  tokens: readonly Token[],
  first: number,
  context: TokenContext,
  registry: Registry,
): Apposition | null {
  const comma = first - 1;
  if (tokens[comma]?.text !== ",") return null;
  const sentence = context.sentence[first];
  let k = comma;
  while (k - 1 >= 0 && comma - (k - 1) <= 8 && preposedWord.test((tokens[k - 1] as Token).text)) {
    if (context.sentence[k - 1] !== sentence) break;
    k--;
  }
  if (k === comma) return null;
  let role: TitleHit | null = null;
  for (let m = k; m < comma && !role; m++) {
    const match = registry.roleWords.longest(tokens, m);
    if (match && match.end === comma) role = withPortfolio(tokens, m, match.values[0] ?? null);
  }
  if (!role) return null;
  const alsoRoles: TitleHit[] = [];
  // "Qatar's prime minister and foreign minister, Sheikh Mohammed": the office before "and" is one too.
  for (let m = k; m < comma; m++) {
    const match = registry.roleWords.longest(tokens, m);
    const first = match?.values[0];
    if (match && first?.kind === "office" && tokens[match.end]?.text === "and" && first.title !== role.title) {
      const earlier = withPortfolio(tokens, m, first);
      if (earlier) alsoRoles.unshift(earlier);
      break;
    }
  }
  const roles = alsoRoles.length > 0 ? { role: alsoRoles[0] as TitleHit, alsoRoles: [role] } : { role };
  // The state before the role: "Norway's", "the Norwegian", "Qatari".
  let country: string | null = null;
  if (possessive.test(tokens[k - 1]?.text ?? "")) {
    country = stateEndingAt(tokens, k - 1, registry);
  } else {
    const before = tokens[k - 1];
    const hits = before ? registry.aliases.get(before.text) : [];
    country = hits.find((h) => h.type === "demonym" || h.type === "country")?.country ?? null;
    if (!country && !(before && determiners.has(before.text.toLowerCase()))) return null;
  }
  return { ...roles, country, international: false };
}

/**
 * "Israel's delegation is led by Yoav Ben-Ami", "The Israeli team, led by Yoav Ben-Ami": the state of the team a
 * person leads. Null unless "led by" or "headed by" comes right before the name and a state shortly before it.
 *
 * @example readLedBy(tokens, nameStart, context, registry) // "ISR"
 */
export function readLedBy(
  tokens: readonly Token[],
  first: number,
  context: TokenContext,
  registry: Registry,
): string | null {
  if (tokens[first - 1]?.text !== "by" || !leadVerbs.has(tokens[first - 2]?.text ?? "")) return null;
  const sentence = context.sentence[first];
  for (let k = first - 3; k >= Math.max(0, first - 9) && context.sentence[k] === sentence; k--) {
    const found = stateHitAt(tokens, k, registry);
    if (!found || found.international || found.town) continue;
    const hit = registry.aliases.longest(tokens, k)?.values ?? [];
    const demonym = hit.some((h) => h.type === "demonym");
    if (demonym || possessive.test(tokens[found.end]?.text ?? "")) return found.country;
  }
  return null;
}

const leadVerbs = new Set(["led", "headed", "chaired"]);

/** The role heading the apposition's first noun phrase: "a spokesman" in "a spokesman for the UN". */
function headRole(tokens: readonly Token[], from: number, stop: number, registry: Registry): TitleHit | null {
  for (let k = from; k < stop && !phraseBreaks.has((tokens[k] as Token).text); k++) {
    // A determiner past the first word opens another phrase: ", received the envoy" is a clause, not a role.
    if (k > from && determiners.has((tokens[k] as Token).text.toLowerCase())) break;
    const match = registry.roleWords.longest(tokens, k);
    if (!match || match.end > stop) continue;
    const after = tokens[match.end]?.text ?? "";
    const joined = after === "and" && registry.roleWords.longest(tokens, match.end + 1)?.values[0]?.kind === "office";
    const endsPhrase = match.end === stop || phraseBreaks.has(after) || possessive.test(after) || joined;
    if (endsPhrase) return withPortfolio(tokens, k, match.values[0] ?? null);
  }
  return null;
}

/** "trade and industry minister" → Trade and Industry Minister: portfolio words before a bare office join it. */
function withPortfolio(tokens: readonly Token[], start: number, role: TitleHit | null): TitleHit | null {
  if (!role || role.kind !== "office") return role;
  let k = start;
  while (k > 0 && (portfolios.has(tokens[k - 1]?.text ?? "") || (tokens[k - 1]?.text === "and" && k < start))) k--;
  if (tokens[k]?.text === "and") k++;
  if (k === start) return role;
  const words = tokens.slice(k, start).map((t) => (t.text === "and" ? t.text : titleCased(t.text)));
  return { title: `${words.join(" ")} ${role.title}`, kind: "office" };
}

const titleCased = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** A state, a place of a state or an actor starting at `k`; an actor of no state is international. */
function stateHitAt(
  tokens: readonly Token[],
  k: number,
  registry: Registry,
): { end: number; country: string | null; international: boolean; town?: boolean } | null {
  const match = registry.aliases.longest(tokens, k);
  if (!match) return null;
  const hit = preferred(match.values);
  if (!hit) return null;
  switch (hit.type) {
    case "country":
    case "demonym":
      return { end: match.end, country: hit.country, international: false };
    case "seat": {
      const place = registry.actors.get(hit.place);
      if (!place?.country) return null;
      return { end: match.end, country: place.country, international: false, town: hit.kind === "place" };
    }
    case "actor": {
      const actor = registry.actors.get(hit.actor);
      if (!actor || actor.type === "media" || actor.type === "person") return null;
      return { end: match.end, country: actor.country, international: actor.country === null };
    }
    default:
      return null;
  }
}

function preferred(values: readonly AliasHit[]): AliasHit | undefined {
  return values.find((h) => h.type === "country") ?? values[0];
}

/** The state whose name ends right before `end` ("Norway" in "Norway's"), or null. */
function stateEndingAt(tokens: readonly Token[], end: number, registry: Registry): string | null {
  for (let start = end - 1; start >= Math.max(0, end - 4); start--) {
    const match = registry.aliases.longest(tokens, start);
    if (!match || match.end !== end) continue;
    const hit = preferred(match.values);
    if (hit?.type === "country" || hit?.type === "demonym") return hit.country;
    if (hit?.type === "seat" && hit.kind !== "place") return registry.actors.get(hit.place)?.country ?? null;
  }
  return null;
}
