import type { Registry } from "./loadRegistry.js";
import type { TokenContext } from "./context.js";
import type { RegistryCandidate } from "./registryCandidates.js";
import { slug } from "./slug.js";
import type { Token } from "./tokenize.js";

/** Words that join a head to the rest of the name after it: "Bureau of Labor Statistics", "Office for …". */
const tailLinks = new Set(["of", "for", "on"]);
/** Words that join capitalised words after the head: "Office for Science and Technology". */
const tailJoins = new Set(["and", "&"]);
const possessives = new Set(["'s", "’s"]);
/** The dots of "U.S.", dropped from an id: "org:us-geological-survey". */
const acronymDots = /(?<=\p{Lu})\./gu;

/** A capitalised name found in the text: tokens `first`..`end`, and a state possessive before it. */
interface Span {
  first: number;
  end: number;
  /** The candidate of "Peru" in "Peru's National Civil Defence Institute". */
  owner: RegistryCandidate | null;
}

/**
 * Reads capitalised institution names (data/actors/institutions.yaml) over the registry's candidates: a name the
 * registry lacks becomes one `institution` candidate in place of the states, places and bodies inside it; a
 * generic body's alias inside a name that is that body ("National Civil Defence Institute") is stretched to the
 * whole name; a name the registry knows is left as it is. Candidates stay in text order.
 *
 * @example institutionCandidates(text, tokens, taken, context, registry, candidates) // "Statistics Norway" → org
 */
export function institutionCandidates(
  text: string,
  tokens: readonly Token[],
  taken: ReadonlySet<number>,
  context: TokenContext,
  registry: Registry,
  candidates: readonly RegistryCandidate[],
): RegistryCandidate[] {
  const words = registry.institutions;
  const spans: Span[] = [];
  let after = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!token.cap || i < after || context.titleCase[i] || taken.has(i)) continue;
    const span = words.heads.has(token.text)
      ? headSpan(tokens, taken, context, registry, i)
      : words.statePrefixes.has(token.text)
        ? prefixSpan(tokens, i, candidates)
        : null;
    if (!span) continue;
    spans.push(span);
    after = span.end;
  }
  if (spans.length === 0) return [...candidates];

  const out: RegistryCandidate[] = [];
  const replaced = new Set<RegistryCandidate>();
  const added: RegistryCandidate[] = [];
  let c = 0;
  for (const span of spans) {
    while (c < candidates.length && (candidates[c] as RegistryCandidate).end <= span.first) c++;
    const owner = ownerBefore(tokens, span.first, candidates, c);
    const inside: RegistryCandidate[] = [];
    let straddles = false;
    for (let k = c; k < candidates.length; k++) {
      const candidate = candidates[k] as RegistryCandidate;
      if (candidate.first >= span.end) break;
      const leadingThe = candidate.first === span.first - 1 && /^the$/i.test(tokens[candidate.first]?.text ?? "");
      if ((candidate.first < span.first && !leadingThe) || candidate.end > span.end) straddles = true;
      inside.push(candidate);
    }
    if (straddles) continue;
    const read = readSpan(text, tokens, registry, { ...span, owner }, inside);
    if (!read) continue;
    for (const candidate of read.replaces) replaced.add(candidate);
    added.push(read.candidate);
  }
  for (const candidate of candidates) if (!replaced.has(candidate)) out.push(candidate);
  out.push(...added);
  return out.sort((a, b) => a.first - b.first || b.end - a.end);
}

/**
 * "Geological Survey" ← "U.S." …; "Institute" → "of Peru": capitalised words before the head ("and" between two of
 * them: "Securities and Exchange Commission"), and "of"/"for"/"on" with capitalised words after it, as often as the
 * name goes on ("Federal Office for the Protection of the Constitution"). Null when the name is no institution's or
 * runs on beyond what is read ("School of [Public Service]", "[National Council] of La Raza").
 */
function headSpan(
  tokens: readonly Token[],
  taken: ReadonlySet<number>,
  context: TokenContext,
  registry: Registry,
  head: number,
): Span | null {
  const { notInName, qualifiedHeads } = registry.institutions;
  const qualifiers = qualifiedHeads.get((tokens[head] as Token).text);
  if (qualifiers && !qualifiers.has(tokens[head - 1]?.text ?? "")) return null;
  const sentence = context.sentence[head];
  const usable = (k: number): boolean => {
    const token = tokens[k];
    return !!token && token.cap && !taken.has(k) && !notInName.has(token.text) && context.sentence[k] === sentence;
  };
  const textAt = (k: number): string => tokens[k]?.text ?? "";
  let first = head;
  for (;;) {
    if (usable(first - 1)) first--;
    else if (
      first < head &&
      tailJoins.has(textAt(first - 1)) &&
      usable(first - 2) &&
      !registry.aliases.has(textAt(first - 2))
    )
      first -= 2;
    else break;
  }
  // "Clinton School of [Public Service]": a capitalised name runs on before the link.
  if (tailLinks.has(textAt(first - 1)) && tokens[first - 2]?.cap === true) return null;
  let end = head + 1;
  while (tailLinks.has(textAt(end))) {
    let k = end + 1;
    if (textAt(k) === "the") k++;
    let last = -1;
    // A public figure's surname ends the name: "the Office of Immigrant Affairs Clinton had announced".
    const inName = (at: number): boolean => usable(at) && registry.people.bySurname(textAt(at)) === null;
    while (inName(k) || (last >= 0 && tailJoins.has(textAt(k)) && inName(k + 1))) {
      if (inName(k)) last = k;
      k++;
    }
    if (last < 0 || titleBeforeName(tokens, registry, end + 1, last + 1)) break;
    end = last + 1;
  }
  const runsOn = tailLinks.has(textAt(end)) && tokens[end + 1]?.cap === true;
  return end - first >= 2 && !runsOn ? { first, end, owner: null } : null;
}

/** A title and a capitalised word after it in tokens `from`..`to`: "… Relations National Executive Director Nihad Awad". */
function titleBeforeName(tokens: readonly Token[], registry: Registry, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const title = registry.titles.longest(tokens, k);
    if (title && title.end < to + 1 && tokens[title.end]?.cap === true) return true;
  }
  return false;
}

/** "Statistics Norway": a prefix word and the state named right after it. */
function prefixSpan(tokens: readonly Token[], at: number, candidates: readonly RegistryCandidate[]): Span | null {
  // Candidates are few and sorted; a binary search is not worth it at a few per sentence.
  const next = candidates.find((c) => c.first === at + 1);
  if (!next || next.hit.type !== "country" || next.start !== (tokens[at + 1] as Token).start) return null;
  return { first: at, end: next.end, owner: null };
}

/** "Peru" in "Peru's National Civil Defence Institute": a state's candidate ending right before a possessive. */
function ownerBefore(
  tokens: readonly Token[],
  first: number,
  candidates: readonly RegistryCandidate[],
  from: number,
): RegistryCandidate | null {
  if (!possessives.has(tokens[first - 1]?.text ?? "")) return null;
  const candidate = candidates[from - 1];
  return candidate && candidate.end === first - 1 && candidate.hit.type === "country" ? candidate : null;
}

/**
 * What a name is, given the registry candidates inside it: null when the registry already names it (a body ending
 * the name, a group or outlet inside it) or it is no institution; else the candidate that replaces those inside.
 */
function readSpan(
  text: string,
  tokens: readonly Token[],
  registry: Registry,
  span: Span,
  inside: readonly RegistryCandidate[],
): { candidate: RegistryCandidate; replaces: RegistryCandidate[] } | null {
  const first = tokens[span.first] as Token;
  const last = tokens[span.end - 1] as Token;
  const name = text.slice(first.start, last.end);
  if (registry.institutions.notInstitutions.has(name)) return null;
  let state: RegistryCandidate | null = null;
  let generic: RegistryCandidate | null = null;
  for (const candidate of inside) {
    const hit = candidate.hit;
    if (hit.type === "actor") {
      const actor = registry.actors.get(hit.actor);
      // "the UN Security Council", "Xinhua News Agency", "Hamas Media Office": the registry's actor stands.
      if (candidate.end === span.end || actor?.type !== "organization") return null;
    } else if (hit.type === "country" || hit.type === "demonym") {
      state ??= candidate;
    } else if (hit.type === "seat" && hit.kind === "seat") {
      // "the White House Office of …", "Kremlin Press Office": a seat of power names its state.
      state ??= candidate;
    } else if (hit.type === "generic" && !hit.collective) {
      generic ??= candidate;
    }
  }
  const owner = span.owner;
  if (generic && sameBody(tokens, registry, span, generic, state)) {
    return { candidate: stretchGeneric(tokens, span, generic, state), replaces: [generic] };
  }
  const country = owner?.hit.type === "country" ? owner.hit.country : state ? stateOf(state, registry) : null;
  const stateName = owner && country ? (registry.actors.get(`country:${country}`)?.name ?? country) : null;
  const start = owner ? owner.start : first.start;
  const key = slug(name.replace(acronymDots, ""));
  const hit = {
    type: "institution" as const,
    id: stateName ? `org:${key}:${country}` : `org:${key}`,
    name: stateName ? `${stateName} ${name}` : name,
    country,
    setsContext: owner !== null || (state !== null && state.first > span.first),
  };
  const replaces = [...inside];
  if (owner) replaces.push(owner);
  return {
    candidate: { first: owner ? owner.first : span.first, end: span.end, start, stop: last.end, hit },
    replaces,
  };
}

function stateOf(candidate: RegistryCandidate, registry: Registry): string | null {
  const hit = candidate.hit;
  if (hit.type === "country" || hit.type === "demonym") return hit.country;
  return hit.type === "seat" ? (registry.actors.get(hit.place)?.country ?? null) : null;
}

/**
 * Whether the name is the generic body itself: every word outside its alias and the state is a `sameBody` word
 * ("National", "Institute") or a link ("of").
 */
function sameBody(
  tokens: readonly Token[],
  registry: Registry,
  span: Span,
  generic: RegistryCandidate,
  state: RegistryCandidate | null,
): boolean {
  for (let k = span.first; k < span.end; k++) {
    if (k >= generic.first && k < generic.end) continue;
    if (state && k >= state.first && k < state.end) continue;
    const word = (tokens[k] as Token).text;
    if (!registry.institutions.sameBody.has(word) && !tailLinks.has(word) && word !== "the") return false;
  }
  return true;
}

/**
 * The generic body's candidate over the whole name, leaving out a state that opens it ("Peruvian …") or ends it
 * ("… of Peru"), which the resolver joins to the body as before.
 */
function stretchGeneric(
  tokens: readonly Token[],
  span: Span,
  generic: RegistryCandidate,
  state: RegistryCandidate | null,
): RegistryCandidate {
  let first = span.first;
  let end = span.end;
  if (state && state.first === span.first) first = state.end;
  else if (state && state.end === span.end && tailLinks.has(tokens[state.first - 1]?.text ?? "")) end = state.first - 1;
  const start = (tokens[first] as Token).start;
  const stop = (tokens[end - 1] as Token).end;
  return { ...generic, first, end, start, stop };
}
