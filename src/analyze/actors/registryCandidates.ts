import type { AliasHit, Registry } from "./loadRegistry.js";
import type { Token } from "./tokenize.js";

/** A registry phrase found in the text: a token range (or part of one hyphenated token) and what it stands for. */
export interface RegistryCandidate {
  first: number;
  end: number;
  start: number;
  stop: number;
  hit: AliasHit | InstitutionHit | LeaderHit;
}

/** "the Bush administration", "the Assad regime": a public figure's surname before a word for the government he leads. */
export interface LeaderHit {
  type: "leader";
  /** The state every figure of that surname acts for. */
  country: string;
}

/** Words after a leader's surname that make the phrase the leader's government. */
const governmentWords = new Set(["administration", "government", "regime", "cabinet", "junta"]);

/**
 * An institution the registry does not list, read from its capitalised name: "Statistics Norway", "the
 * Geophysical Institute of Peru", "Peru's National Statistics Institute". Its state is the one the name states.
 */
export interface InstitutionHit {
  type: "institution";
  /** "org:statistics-norway"; a state named only by a possessive is added: "org:geophysical-institute:PER". */
  id: string;
  /** "Statistics Norway", "Peru Geophysical Institute" (a possessive state goes first, as for generic bodies). */
  name: string;
  country: string | null;
  /**
   * Whether the mention tells which state the story is about: "Statistics Norway", "the Geophysical Institute of
   * Peru" and "Peru's … Institute" do; a state opening the name ("the U.S. Geological Survey") names the agency's
   * owner, which is often foreign to the story.
   */
  setsContext: boolean;
}

/** "Hamas-run", "Iran-backed", "Israeli-American": the part before the hyphen can be a registry name. */
const hyphenPartPattern = /^([^-‐]+)[-‐]/;

/**
 * Finds registry phrases by longest match, skipping tokens already read as a person's name or title.
 *
 * @example registryCandidates(tokenize("Qatari officials met in Doha"), new Set(), registry) // Qatari, officials, Doha
 */
export function registryCandidates(
  tokens: readonly Token[],
  taken: ReadonlySet<number>,
  registry: Registry,
): RegistryCandidate[] {
  const found: RegistryCandidate[] = [];
  for (let i = 0; i < tokens.length;) {
    if (taken.has(i)) {
      i++;
      continue;
    }
    let match = registry.aliases.longest(tokens, i);
    // "the UN Security Council": a phrase that starts after "the" and reaches further wins over "the UN".
    if (match && /^the$/i.test(tokens[i]?.text ?? "")) {
      const inner = registry.aliases.longest(tokens, i + 1);
      if (inner && inner.end > match.end) {
        i++;
        match = inner;
      }
    }
    const hit = match ? pickHit(match.values) : undefined;
    if (match && hit && !rangeTaken(taken, i, match.end)) {
      const last = tokens[match.end - 1] as Token;
      found.push({ first: i, end: match.end, start: (tokens[i] as Token).start, stop: last.end, hit });
      i = match.end;
      continue;
    }
    const token = tokens[i] as Token;
    const leader = token.cap && !taken.has(i + 1) ? leaderState(tokens, i, registry) : null;
    if (leader) {
      const next = tokens[i + 1] as Token;
      found.push({
        first: i,
        end: i + 2,
        start: token.start,
        stop: next.end,
        hit: { type: "leader", country: leader },
      });
      i += 2;
      continue;
    }
    const part = hasHyphen(token.text) ? hyphenPartPattern.exec(token.text)?.[1] : undefined;
    const partHit = part ? pickHit(registry.aliases.get(part)) : undefined;
    if (part && partHit) {
      found.push({ first: i, end: i + 1, start: token.start, stop: token.start + part.length, hit: partHit });
    }
    i++;
  }
  return found;
}

/** The state of "Bush" in "the Bush administration": a known surname right before a word for a government. */
function leaderState(tokens: readonly Token[], i: number, registry: Registry): string | null {
  const next = tokens[i + 1];
  if (!next || next.cap || !governmentWords.has(next.text)) return null;
  return registry.people.stateOfSurname((tokens[i] as Token).text);
}

/** A phrase can stand for several things; a named actor beats a state, a state beats a demonym or place. */
function pickHit(values: readonly AliasHit[]): AliasHit | undefined {
  const order: AliasHit["type"][] = ["actor", "country", "seat", "demonym", "epithet", "generic"];
  return [...values].sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type))[0];
}

/** Whether `hyphenPartPattern` can match: a cheap test, as most tokens have no hyphen. */
function hasHyphen(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x2d || code === 0x2010) return true;
  }
  return false;
}

function rangeTaken(taken: ReadonlySet<number>, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (taken.has(i)) return true;
  return false;
}
