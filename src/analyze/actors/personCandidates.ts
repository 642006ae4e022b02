import { readApposition, readLedBy, readPreposed } from "./appositions.js";
import type { Apposition } from "./appositions.js";
import type { TokenContext } from "./context.js";
import {
  asCues,
  businessBefore,
  determiners,
  nicknameCues,
  placeLocatives,
  placeNouns,
  portfolioStop,
  saidBefore,
  speechVerbs,
  thingHeads,
  titleModifiers,
} from "./cueWords.js";
import type { AliasHit, Registry, TitleHit } from "./loadRegistry.js";
import type { Token } from "./tokenize.js";
import { namesOnlyBody, namesOnlyPlace } from "./outletUse.js";

/** A capitalised name in the text, with the titles and state read before it. */
export interface PersonCandidate {
  /** Token range of the name itself, end exclusive. */
  first: number;
  end: number;
  /** Where the titles and state before the name start (equal to `first` without them). */
  prefixStart: number;
  /** Indices of the name's words (particles and initials included, punctuation not). */
  words: number[];
  titles: TitleHit[];
  country: string | null;
  /** A cue says this is a person; undecided names become persons only when they repeat a person's name. */
  decided: boolean;
  /** What an apposition after the name says ("…, a spokesman for the Israeli government,"). */
  apposition?: Apposition;
  /** A nickname in quotes ("known as 'Deep Throat'"): it names the person named last in the sentence. */
  nickname?: boolean;
  /** The name's words as a name is written, for a name in capitals ("JAMES OLER" → James Oler). */
  display?: string[];
  /** A one-word outlet, company or town name ("Bloomberg"): a person the article names in full may claim it, no one else. */
  bodyName?: boolean;
}

/** A lower-case particle joined to a capitalised name: "al-Ansari", "el-Sisi", "bin-Zayed". */
const joinedParticlePattern = /^(?:al|el|ad|as|ash|ar|an|at|az|bin|ben|abu|ibn|de|di|da|van|von)[-‐]\p{Lu}/u;
/** A word that may be a name: capitalised letters (with inner apostrophes or hyphens), not an acronym. */
const nameWordPattern = /^\p{Lu}[\p{L}\p{M}'’]*(?:[-‐]\p{Lu}[\p{L}\p{M}'’]*)*$/u;
const acronymPattern = /^[\p{Lu}\p{N}'’\-‐]{2,}$/u;
/** "CPUs", "MPs": an acronym's plural. */
const acronymPluralPattern = /^\p{Lu}{2,}s$/u;
/** Initials: "W" before ".", or "A.J." as one token. */
const initialPattern = /^(?:\p{Lu}|(?:\p{Lu}\.)+)$/u;
/** "R-Fla.", "D-N.Y." after a U.S. lawmaker's name. */
const partyTagPattern = /^[RDI][-‐][A-Z][A-Za-z.]*$/;
/** A word in capitals that may be a name's ("OLER"); "O'BRIEN" too. */
const shoutedWordPattern = /^\p{Lu}{2,}(?:['’]\p{Lu}+)?$/u;
const titleCased = (word: string): string =>
  word.replace(/\p{L}+/gu, (part) => part.charAt(0) + part.slice(1).toLowerCase());
/** "the Emir, Sheikh Tamim", "his wife, Laci": a determiner before a title that an apposed name may follow. */
const possessiveDeterminer = /^(?:the|his|her|their)$/i;
/** "his late wife, …": the possessive two words before a title. */
const possessivePronoun = /^(?:his|her|their)$/i;
const lowerWordPattern = /^\p{Ll}+$/u;
const closingQuotePattern = /^[”’]$/;
const quotePattern = /^["“”'‘’`]$/;
const ageNumberPattern = /^\d{1,3}$/;

/**
 * Reads every capitalised name of the text, with the titles before it ("Secretary of State Marco Rubio") and the
 * cues that make it a person: a title, a known given name, a name particle inside ("Tamim bin Hamad"), an age
 * (", 30,") or a verb of saying after it.
 *
 * @example personCandidates(tokens, context, registry)
 */
export function personCandidates(
  tokens: readonly Token[],
  context: TokenContext,
  registry: Registry,
): PersonCandidate[] {
  const found: PersonCandidate[] = [];
  const reader = new NameReader(tokens, context, registry);
  reader.collectDefinite();
  for (let i = 0; i < tokens.length;) {
    const nickname = reader.nickname(i);
    if (nickname) {
      found.push(nickname);
      i = nickname.end;
      continue;
    }
    const titled = reader.titled(i);
    if (titled) {
      found.push(titled);
      i = titled.end;
      continue;
    }
    const shouted = reader.shouted(i);
    if (shouted) {
      found.push(shouted);
      i = shouted.end;
      continue;
    }
    const plain = reader.plain(i);
    if (plain.candidate) found.push(plain.candidate);
    i = plain.next;
  }
  for (const candidate of found) {
    if (!candidate.decided) continue;
    const apposition = readApposition(tokens, candidate.end, context, registry);
    if (apposition) candidate.apposition = apposition;
    candidate.country ??= readLedBy(tokens, candidate.first, context, registry);
  }
  return found;
}

/** A capital inside a word: "SeaMicro", "YouTube". */
const camelCasePattern = /^\p{Lu}\p{Ll}+\p{Lu}/u;
/** Name prefixes that take an inner capital: "McCain", "MacArthur", "DeGeneres", "LaRue", "DiCaprio", "VanDyke". */
const namePrefixPattern = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|St|Fitz)\p{Lu}/u;

/** "a Toyota", "his new MacBook": a determiner, maybe with one lower-case word between. */
function determinerBefore(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1];
  if (!before) return false;
  // "a gray 2013 Toyota Camry"
  if (/^(?:19|20)\d\d$/.test(before.text)) return true;
  if (determiners.has(before.text.toLowerCase())) return true;
  const twoBefore = tokens[start - 2];
  return (
    !before.cap && lowerWordPattern.test(before.text) && !!twoBefore && determiners.has(twoBefore.text.toLowerCase())
  );
}

class NameReader {
  /** Names the article writes after "the" ("the Boston Red Sox"), with their tails ("Red Sox", "Sox"). */
  private readonly definite = new Set<string>();
  /**
   * `isNameWord` per token, 0 while not asked yet, 1 yes, 2 no: names are read from every token, so each token is
   * asked several times, and each answer costs set lookups and regex tests.
   */
  private readonly nameWords: Uint8Array;
  /** Whether a token, lower-cased, is an English word: the same, kept per token (the word list is large). */
  private readonly commonWords: Uint8Array;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly context: TokenContext,
    private readonly registry: Registry,
  ) {
    this.nameWords = new Uint8Array(tokens.length);
    this.commonWords = new Uint8Array(tokens.length);
  }

  /** Whether the token at `index`, lower-cased, is an English word. */
  private isCommonWord(index: number): boolean {
    const known = this.commonWords[index];
    if (known !== undefined && known !== 0) return known === 1;
    const token = this.tokens[index];
    const answer = !!token && this.registry.commonWords.has(token.text.toLowerCase());
    if (known !== undefined) this.commonWords[index] = answer ? 1 : 2;
    return answer;
  }

  /**
   * Persons are seldom "the X": a name the article writes so is a team, company or place wherever it appears; so
   * is the start of an institution's name ("Betty Ford" of "Betty Ford Center").
   */
  collectDefinite(): void {
    this.tokens.forEach((token, i) => {
      // "Betty Ford Center": "Betty Ford" elsewhere in the article names the clinic too.
      if (token.cap && !this.tokens[i - 1]?.cap) {
        const name = this.readName(i);
        const head = name?.words.findIndex(
          (k, n) => n > 0 && this.registry.nonPersonHeads.has(this.tokens[k]?.text ?? ""),
        );
        if (name && head !== undefined && head > 0) {
          this.definite.add(
            name.words
              .slice(0, head)
              .map((k) => (this.tokens[k] as Token).text)
              .join(" "),
          );
        }
      }
      if (token.text !== "the" && token.text !== "The") return;
      const name = this.readName(i + 1);
      if (!name) return;
      const words = name.words.map((k) => (this.tokens[k] as Token).text);
      for (let k = 0; k < words.length; k++) this.definite.add(words.slice(k).join(" "));
    });
  }

  isNameWord(index: number): boolean {
    const known = this.nameWords[index];
    if (known !== undefined && known !== 0) return known === 1;
    const answer = this.readNameWord(index);
    if (known !== undefined) this.nameWords[index] = answer ? 1 : 2;
    return answer;
  }

  private readNameWord(index: number): boolean {
    const token = this.tokens[index];
    if (!token) return false;
    // A joined particle starts in lower case, a capitalised name word in upper case: test each kind only where it can be.
    if (!token.cap) return joinedParticlePattern.test(token.text) && !this.registry.notNames.has(token.text);
    if (this.registry.notNames.has(token.text)) return false;
    if (token.text.length < 2 || !nameWordPattern.test(token.text)) return false;
    return !acronymPattern.test(token.text) && !acronymPluralPattern.test(token.text);
  }

  /** The name starting at `start`: its end and word indices, or null. Particles and initials only inside. */
  readName(start: number): { end: number; words: number[] } | null {
    const words: number[] = [];
    let j = start;
    while (j < this.tokens.length && words.length < 7) {
      const token = this.tokens[j] as Token;
      // "…and Jim Talent¶Romney released": a name does not run into the next sentence (unless the segmenter cut
      // after an initial's point: "John F. Kennedy").
      if (
        words.length > 0 &&
        this.context.sentence[j] !== this.context.sentence[j - 1] &&
        this.tokens[j - 1]?.text !== "."
      )
        break;
      if (this.isNameWord(j)) {
        words.push(j);
        j++;
      } else if (
        token.cap &&
        initialPattern.test(token.text) &&
        this.tokens[j + 1]?.text === "." &&
        this.isNameWord(j + 2)
      ) {
        words.push(j);
        j += 2;
      } else if (token.cap && token.text.includes(".") && initialPattern.test(token.text) && this.isNameWord(j + 1)) {
        words.push(j);
        j++;
      } else if (words.length > 0 && this.registry.particles.has(token.text) && this.particleLeadsToName(j)) {
        words.push(j);
        j++;
      } else if (words.length > 0 && quotePattern.test(token.text) && this.nicknameEnd(j) !== null) {
        j = this.nicknameEnd(j) as number;
      } else {
        break;
      }
    }
    if (words.length === 0) return null;
    j = this.readSuffix(j, words);
    return { end: j, words };
  }

  /** Vincent "The Chin" Gigante: a quoted nickname of up to three words between names; the index after it. */
  private nicknameEnd(open: number): number | null {
    // "Harry Potter’ and ‘Twilight": a closing mark and a lower-case word open no nickname.
    if (closingQuotePattern.test(this.tokens[open]?.text ?? "") || !this.tokens[open + 1]?.cap) return null;
    for (let k = open + 1; k <= open + 4; k++) {
      const token = this.tokens[k];
      if (!token || (k > open + 1 && !quotePattern.test(token.text) && !token.cap)) return null;
      if (k > open + 1 && quotePattern.test(token.text)) return this.isNameWord(k + 1) ? k + 1 : null;
    }
    return null;
  }

  private particleLeadsToName(index: number): boolean {
    let j = index;
    while (this.registry.particles.has(this.tokens[j]?.text ?? "")) j++;
    return j - index <= 2 && this.isNameWord(j);
  }

  /** "Felt Sr.", "Felt, Jr.": the suffix joins the name. */
  private readSuffix(end: number, words: number[]): number {
    let j = end;
    if (this.tokens[j]?.text === "," && this.registry.suffixes.has(this.tokens[j + 1]?.text ?? "")) j++;
    const suffix = this.tokens[j];
    if (!suffix || !this.registry.suffixes.has(suffix.text)) return end;
    words.push(j);
    j++;
    if (this.tokens[j]?.text === "." && !suffix.text.endsWith(".") && /^[JS]r$/.test(suffix.text)) j++;
    return j;
  }

  /** "Quarterback Peyton Manning", "Coach Maurice Cheeks": an occupation written with a capital. */
  private capitalisedOccupation(index: number): { end: number; values: TitleHit[] } | null {
    const token = this.tokens[index];
    if (!token?.cap) return null;
    const hits = this.registry.titles.get(token.text.toLowerCase()).filter((t) => t.kind === "occupation");
    return hits.length > 0 ? { end: index + 1, values: hits } : null;
  }

  /** A person read after titles: "[Israeli] [former] Prime Minister [and Foreign Minister] [Sheikh] Name". */
  titled(start: number): PersonCandidate | null {
    let j = start;
    let country: string | null = null;
    const state = this.registry.aliases.longest(this.tokens, j);
    const stateHit = state?.values.find((hit) => hit.type === "country" || hit.type === "demonym");
    if (state && stateHit && (stateHit.type === "country" || stateHit.type === "demonym")) {
      country = stateHit.country;
      j = state.end;
      if (this.tokens[j]?.text === "'s" || this.tokens[j]?.text === "’s") j++;
    }
    // "UNITA President Jonas Savimbi": a group's office; the group stays a mention of its own, its state is the person's.
    const body = j === start && state ? this.bodyBefore(state.end, state.values) : null;
    if (body && state) {
      country = body.country;
      j = state.end;
      start = j;
    }
    if (titleModifiers.has(this.tokens[j]?.text ?? "")) j++;
    const titleStart = j;
    const titles: TitleHit[] = [];
    // "Deputy U.S. Trade Representative": "Deputy" qualifies the office that follows.
    let deputy = false;
    if (this.tokens[j]?.text === "Deputy" && !this.registry.titles.longest(this.tokens, j)) {
      const after = this.stateBefore(j + 1)?.end ?? j + 1;
      if (this.registry.titles.longest(this.tokens, after)?.values[0]?.kind === "office") {
        deputy = true;
        j++;
      }
    }
    for (;;) {
      let title = this.registry.titles.longest(this.tokens, j) ?? this.capitalisedOccupation(j);
      // "Deputy U.S. Trade Representative", "Norwegian Trade and Industry Minister": a state or a portfolio inside.
      if (!title && this.tokens[j]?.cap) {
        const state = this.stateBefore(j);
        const next = state ? this.registry.titles.longest(this.tokens, state.end) : null;
        if (state && next) {
          country ??= state.country;
          j = state.end;
          title = next;
        }
      }
      if (!title && titles.length === 0 && this.tokens[j]?.cap) title = this.portfolioTitle(j);
      const first = title?.values[0];
      if (!title || !first) break;
      const hit: TitleHit =
        deputy && first.kind === "office" && !first.title.startsWith("Deputy")
          ? { title: `Deputy ${first.title}`, kind: "office" }
          : first;
      deputy = false;
      titles.push(hit);
      j = title.end;
      if (this.tokens[j]?.text === "and" && this.registry.titles.longest(this.tokens, j + 1)) j++;
      // "the Emir of Qatar, Sheikh Tamim…": the state after "of", and an apposition after "the Title".
      if (this.tokens[j]?.text === "of") {
        const of = this.registry.aliases.longest(this.tokens, j + 1);
        const ofHit = of?.values.find((h) => h.type === "country");
        if (of && ofHit?.type === "country") {
          country ??= ofHit.country;
          j = of.end;
        }
      }
      if (
        this.tokens[j]?.text === "," &&
        this.definiteBefore(start) &&
        (this.isNameWord(j + 1) || this.registry.titles.has(this.tokens[j + 1]?.text ?? ""))
      )
        j++;
    }
    if (titles.length === 0) return null;
    // A title ending one sentence does not name the first word of the next (a segmenter may cut after "Sen.").
    if (this.context.sentence[j] !== this.context.sentence[j - 1] && this.tokens[j - 1]?.text !== ".") return null;
    const name = this.readName(j);
    if (!name || this.blocked(name.words) || this.registryCovers(j, name.end)) return null;
    // "General Nominee Dr. Regina Benjamin": a title word is not the name.
    const only = name.words.length === 1 ? (this.tokens[j] as Token).text : null;
    if (only && (this.registry.titles.has(only) || this.registry.titles.has(only.toLowerCase()))) return null;
    // "Star Wars": an occupation alone cues a name of two words, or of one word that is no English word.
    const occupationOnly = titles.every((t) => t.kind === "occupation");
    if (occupationOnly && only && this.isCommonWord(j)) return null;
    const nameTexts = name.words.map((k) => (this.tokens[k] as Token).text.toLowerCase());
    if (occupationOnly && nameTexts.every((w) => this.registry.commonWords.has(w))) return null;
    if (occupationOnly && this.pluralThing(name.words.map((k) => (this.tokens[k] as Token).text))) return null;
    // "General Assembly", "Prince Edward Island": a registry name that starts with a title word.
    if ((this.registry.aliases.longest(this.tokens, titleStart)?.end ?? 0) > j) return null;
    // "The emir, Sheikh Tamim…", "Qatar's emir, Sheikh Tamim…": a role set off before an honorific is the office.
    if (titles.every((t) => t.kind === "honorific")) {
      const preposed = readPreposed(this.tokens, start, this.context, this.registry);
      if (preposed?.role) {
        titles.unshift(preposed.role, ...(preposed.alsoRoles ?? []));
        country ??= preposed.country;
      }
    }
    return {
      first: j,
      end: name.end,
      prefixStart: start,
      words: name.words,
      titles,
      // A state written before the title wins over the party tag, which wins over the state an office implies.
      country: country ?? this.partyTagCountry(name.end) ?? titles.find((t) => t.country)?.country ?? null,
      decided: true,
    };
  }

  /**
   * A group or organisation of a state whose name an office follows: "UNITA" in "UNITA President Jonas Savimbi",
   * "RENAMO leader Afonso Dhlakama".
   */
  private bodyBefore(end: number, hits: readonly AliasHit[]): { country: string } | null {
    const hit = hits.find((h) => h.type === "actor");
    const actor = hit?.type === "actor" ? this.registry.actors.get(hit.actor) : undefined;
    if (!actor?.country || (actor.type !== "group" && actor.type !== "organization")) return null;
    // An organisation's officer holds an office ("President"); an armed group's may be written "leader", "commander".
    const kind = this.registry.titles.longest(this.tokens, end)?.values[0]?.kind;
    return kind === "office" || (kind === "occupation" && actor.type === "group") ? { country: actor.country } : null;
  }

  /** "the Emir, Sheikh Tamim", "his wife, Laci,": a title so introduced may have the name after a comma. */
  private definiteBefore(start: number): boolean {
    const before = this.tokens[start - 1];
    if (possessiveDeterminer.test(before?.text ?? "")) return true;
    return !!before && lowerWordPattern.test(before.text) && possessivePronoun.test(this.tokens[start - 2]?.text ?? "");
  }

  /** A state's name or demonym at `index` that a title follows ("U.S." in "Deputy U.S. Trade Representative"). */
  private stateBefore(index: number): { end: number; country: string } | null {
    const state = this.registry.aliases.longest(this.tokens, index);
    const hit = state?.values.find((h) => h.type === "country" || h.type === "demonym");
    if (!state || !hit || (hit.type !== "country" && hit.type !== "demonym")) return null;
    return this.registry.titles.longest(this.tokens, state.end) ? { end: state.end, country: hit.country } : null;
  }

  /** "Trade and Industry Minister", "Public Safety Director": capitalised common words before an office. */
  private portfolioTitle(start: number): { end: number; values: TitleHit[] } | null {
    if (!this.officeAhead(start)) return null;
    let k = start;
    const words: string[] = [];
    while (k - start < 5) {
      const token = this.tokens[k];
      if (!token) return null;
      const joiner = words.length > 0 && (token.text === "and" || token.text === "&");
      const portfolio = token.cap && token.text.length >= 3 && !portfolioStop.has(token.text) && this.isCommonWord(k);
      if (!joiner && !portfolio) break;
      words.push(token.text);
      k++;
      const office = this.registry.titles.longest(this.tokens, k);
      const hit = office?.values[0];
      if (office && hit?.kind === "office" && !joiner && this.isNameWord(office.end)) {
        const text = [...words, ...this.tokens.slice(k, office.end).map((t) => t.text)].join(" ");
        return { end: office.end, values: [{ title: text, kind: "office" }] };
      }
    }
    return null;
  }

  /**
   * Whether an office starts within five tokens after `start`, past capitalised words and joiners only: what
   * `portfolioTitle` needs before it asks the (large) word list about each word.
   */
  private officeAhead(start: number): boolean {
    for (let m = start + 1; m <= start + 5; m++) {
      const word = this.tokens[m - 1];
      if (!word || !(word.cap || word.text === "and" || word.text === "&")) return false;
      if (this.registry.titles.longest(this.tokens, m)?.values[0]?.kind === "office") return true;
    }
    return false;
  }

  /**
   * "in the ruins of Beit Lahia", "talks in Mannheim Arena": a name after a locative reads as a place unless a
   * given name, an age or a verb of saying says it is a person.
   */
  private blockedAsPlace(start: number, words: readonly number[]): boolean {
    const first = this.tokens[start] as Token;
    if (this.registry.givenNames.has(first.text)) return false;
    const end = (words.at(-1) ?? start) + 1;
    if (this.ageFollows(end) || speechVerbs.has(this.tokens[end]?.text ?? "")) return false;
    const before = this.tokens[start - 1]?.text.toLowerCase() ?? "";
    if (placeLocatives.has(before)) return true;
    if (before !== "of") return false;
    const noun = this.tokens[start - 2]?.text.toLowerCase() ?? "";
    return placeNouns.has(noun);
  }

  /**
   * "known as 'Deep Throat'", "nicknamed “The Oddfather”": one to three capitalised words in quotes after a cue.
   * The candidate starts at the first quote mark; its words are the nickname's.
   */
  nickname(start: number): PersonCandidate | null {
    const open = this.tokens[start];
    if (!open || open.text.length !== 1 || !quotePattern.test(open.text) || closingQuotePattern.test(open.text))
      return null;
    if (this.tokens[start - 1] && quotePattern.test((this.tokens[start - 1] as Token).text)) return null;
    let k = start - 1;
    if (this.tokens[k]?.text === ",") k--;
    const cue = this.tokens[k]?.text.toLowerCase() ?? "";
    const cued = nicknameCues.has(cue) || (cue === "as" && asCues.has(this.tokens[k - 1]?.text.toLowerCase() ?? ""));
    if (!cued) return null;
    let first = start;
    while (quotePattern.test(this.tokens[first]?.text ?? "") && first - start < 2) first++;
    const words: number[] = [];
    let j = first;
    while (
      j < this.tokens.length &&
      words.length < 4 &&
      this.tokens[j]?.cap &&
      /^\p{L}/u.test(this.tokens[j]?.text ?? "")
    ) {
      words.push(j);
      j++;
    }
    const close = this.tokens[j]?.text === "," ? j + 1 : j;
    if (words.length === 0 || words.length > 3 || !quotePattern.test(this.tokens[close]?.text ?? "")) return null;
    return { first, end: j, prefixStart: start, words, titles: [], country: null, decided: true, nickname: true };
  }

  /**
   * "TWO MEN, WINSTON BLACKMORE AND JAMES OLER, …": in a sentence written in capitals, two or three words in
   * capitals, the first a known given name, none an English word or a registry name past it. Undecided when the
   * first is no given name (a name the run knows may still match it).
   */
  shouted(start: number): PersonCandidate | null {
    const token = this.tokens[start];
    if (!token || !this.context.titleCase[start] || !shoutedWordPattern.test(token.text)) return null;
    // Words in capitals that are English words and no given names ("AND", "HAD") bound a name.
    const nameLike = (k: number): boolean => {
      const text = this.tokens[k]?.text ?? "";
      if (!shoutedWordPattern.test(text)) return false;
      const word = titleCased(text);
      return this.registry.givenNames.has(word) || !this.registry.commonWords.has(word.toLowerCase());
    };
    if (!nameLike(start) || nameLike(start - 1)) return null;
    const words: number[] = [];
    let j = start;
    while (words.length < 4 && nameLike(j)) words.push(j++);
    if (words.length < 2 || words.length > 3) return null;
    const display = words.map((k) => titleCased((this.tokens[k] as Token).text));
    const [given, ...rest] = display;
    if (!given || this.registry.aliases.has(display.join(" "))) return null;
    const plainRest = rest.every(
      (w) => !this.registry.commonWords.has(w.toLowerCase()) && !this.registry.aliases.has(w),
    );
    if (!plainRest || this.registry.aliases.has(given) || this.registry.notNames.has(given)) return null;
    const decided = this.registry.givenNames.has(given);
    return { first: start, end: j, prefixStart: start, words, titles: [], country: null, decided, display };
  }

  /** A name without titles; `next` is where reading goes on. */
  plain(start: number): { candidate: PersonCandidate | null; next: number } {
    const name = this.readName(start);
    if (!name) return { candidate: null, next: start + 1 };
    const registryMatch = this.registry.aliases.longest(this.tokens, start);
    const firstWord = this.tokens[start] as Token;
    // "W. Mark Felt": the given name may follow an initial.
    const givenWord = name.words.map((k) => this.tokens[k] as Token).find((t) => !initialPattern.test(t.text));
    const given = this.registry.givenNames.has(givenWord?.text ?? firstWord.text);
    if (registryMatch && (registryMatch.end >= name.end || !given || name.words.length < 2)) {
      // "Bloomberg", "Hutchinson": an outlet's, a company's or a town's one-word name only a person the article
      // names in full may claim (as "Asa Hutchinson" does "Hutchinson said").
      const word = firstWord.text;
      if (
        registryMatch.end === start + 1 &&
        (namesOnlyBody(this.registry, word) || namesOnlyPlace(this.registry, word))
      ) {
        const words = [start];
        const candidate = { first: start, end: start + 1, prefixStart: start, words, titles: [], country: null };
        return { candidate: { ...candidate, decided: false, bodyName: true }, next: start + 1 };
      }
      return { candidate: null, next: registryMatch.end };
    }
    if (this.blocked(name.words) || this.registry.placePrefixes.has(firstWord.text)) {
      return { candidate: null, next: name.end };
    }
    // "the Nixon administration", "the Genovese crime family", "Harry Winston jewellers": the name qualifies a thing.
    if (thingHeads.has(this.tokens[name.end]?.text ?? "")) return { candidate: null, next: name.end };
    // "jeweler Harry Winston", "startup SeaMicro": a business noun before the name makes it a company's.
    if (businessBefore.has(this.tokens[start - 1]?.text ?? "")) return { candidate: null, next: name.end };
    // "SAN Diego Chargers": a place prefix written in capitals.
    const shouted = this.tokens[start - 1]?.text ?? "";
    if (this.registry.placePrefixes.has(shouted.charAt(0) + shouted.slice(1).toLowerCase())) {
      return { candidate: null, next: name.end };
    }
    // "Palmer Public Safety Director Jon Owen": the name is what follows the title.
    const inner = this.innerTitle(name.words);
    if (inner !== null) return { candidate: null, next: inner };
    // "Yesterday Rick Scott": a capitalised common word opening the sentence is not part of the name.
    if (this.context.sentenceInitial[start] && !given && name.words.length > 1 && this.isCommonWord(start)) {
      return { candidate: null, next: start + 1 };
    }
    // "a Toyota Camry", "his new MacBook Pro": a determiner makes a thing of it.
    const determined = !this.context.sentenceInitial[start] && determinerBefore(this.tokens, start);
    const readable = !this.context.titleCase[start] && !determined;
    const candidate: PersonCandidate = {
      first: start,
      end: name.end,
      prefixStart: start,
      words: name.words,
      titles: [],
      country: this.partyTagCountry(name.end),
      decided: readable && this.cued(name.words, name.end, given),
    };
    // "Norway's trade minister, Ingrid Halvorsen": a role set off before the name is a title too.
    const preposed = readable ? readPreposed(this.tokens, start, this.context, this.registry) : null;
    if (preposed?.role && !this.blockedAsPlace(start, name.words)) {
      candidate.titles.push(preposed.role, ...(preposed.alsoRoles ?? []));
      candidate.country ??= preposed.country;
      candidate.decided ||= name.words.length > 1 || !this.isCommonWord(start);
    }
    if (candidate.decided && this.blockedAsPlace(start, name.words)) candidate.decided = false;
    return { candidate, next: name.end };
  }

  /** The first word inside a name where an office title starts and two name words follow it. */
  private innerTitle(words: readonly number[]): number | null {
    for (const index of words.slice(1)) {
      const title = this.registry.titles.longest(this.tokens, index) ?? this.capitalisedOccupation(index);
      if (
        title?.values.some((t) => t.kind !== "honorific") &&
        this.isNameWord(title.end) &&
        this.isNameWord(title.end + 1)
      ) {
        return index;
      }
    }
    return null;
  }

  /** A name that ends in "Center", "Times", "Party"… names a place or an organisation. */
  private blocked(words: readonly number[]): boolean {
    return (words.length === 1 ? words : words.slice(1)).some((index) =>
      this.registry.nonPersonHeads.has(this.tokens[index]?.text ?? ""),
    );
  }

  private registryCovers(start: number, end: number): boolean {
    const match = this.registry.aliases.longest(this.tokens, start);
    return match !== null && match.end >= end;
  }

  private cued(words: readonly number[], end: number, given: boolean): boolean {
    const nameWords = words.filter((index) => !this.registry.particles.has(this.tokens[index]?.text ?? ""));
    if (nameWords.length < 2) return false;
    const texts = words.map((index) => (this.tokens[index] as Token).text);
    if (this.definite.has(texts.join(" ")) || this.pluralThing(texts)) return false;
    // "Vodafone Egypt", "Orange Jordan": a company's branch in a state (but "Michael Jordan" is a person).
    const lastHits = this.registry.aliases.get(texts.at(-1) ?? "");
    if (!given && lastHits.some((h) => h.type === "country")) return false;
    if (given) return true;
    if (words.some((index, k) => k > 0 && this.registry.particles.has(this.tokens[index]?.text ?? ""))) return true;
    const first = this.tokens[words[0] ?? -1];
    const second = this.tokens[words[1] ?? -1];
    if (
      words.length === 2 &&
      first &&
      second &&
      this.registry.chineseSurnames.has(first.text) &&
      !this.isCommonWord(words[1] as number)
    ) {
      return true;
    }
    if (this.ageFollows(end) || speechVerbs.has(this.tokens[end]?.text ?? "")) return true;
    // "…, said Sanjeev Gaur, director of…": a verb of saying before the name and a comma or stop after it.
    const before = this.tokens[(words[0] ?? 0) - 1]?.text ?? "";
    if (saidBefore.has(before) && /^[,.]$/.test(this.tokens[end]?.text ?? "")) return true;
    // "SeaMicro", "PlayStation": a capital inside a word, unless after a name prefix ("McCain", "DeGeneres").
    if (texts.some((text) => camelCasePattern.test(text) && !namePrefixPattern.test(text))) return false;
    return this.looksLikeName(texts);
  }

  /** "Saints", "Micro Devices": a plural of an English noun ends a team's or company's name, not a person's. */
  private pluralThing(texts: readonly string[]): boolean {
    const last = texts.at(-1) ?? "";
    if (!last.endsWith("s") || last.endsWith("ss") || this.registry.givenNames.has(last)) return false;
    return (
      this.registry.commonWords.has(last.slice(0, -1).toLowerCase()) && !this.registry.givenNames.has(texts[0] ?? "")
    );
  }

  /**
   * Two or three capitalised words that are neither English words at the start nor registry names nor places:
   * "Hasim Rahman", "Wladimir Klitschko".
   */
  private looksLikeName(texts: readonly string[]): boolean {
    const first = texts[0] ?? "";
    const last = texts.at(-1) ?? "";
    if (texts.length > 3 || this.registry.commonWords.has(first.toLowerCase())) return false;
    if (this.registry.commonWords.has(last.toLowerCase())) return false;
    return texts.every((text) => text.split(/[-‐]/).every((part) => !this.registry.aliases.has(part)));
  }

  /** "Scott Peterson, 30," */
  private ageFollows(end: number): boolean {
    return this.tokens[end]?.text === "," && ageNumberPattern.test(this.tokens[end + 1]?.text ?? "");
  }

  /** "Sen. Rick Scott, R-Fla.": a U.S. party and state tag. */
  private partyTagCountry(end: number): string | null {
    return this.tokens[end]?.text === "," && partyTagPattern.test(this.tokens[end + 1]?.text ?? "") ? "USA" : null;
  }
}
