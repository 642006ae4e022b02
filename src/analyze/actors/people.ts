import type { Evidence } from "../../article.js";
import type { TokenContext } from "./context.js";
import type { KnownPeople, KnownPerson } from "./knownPeople.js";
import { familyKey } from "./loadRegistry.js";
import type { Registry } from "./loadRegistry.js";
import type { PublicFigure } from "./peopleDictionary.js";
import type { PersonCandidate } from "./personCandidates.js";
import { namesOnlyBody, outletUse } from "./outletUse.js";
import { titleAgrees, titleConflict } from "./titleConflict.js";
import { slug } from "./slug.js";
import type { Token } from "./tokenize.js";
import type { Actor, MentionKind } from "./types.js";

/** A person mention before it joins the article's mention list. */
export interface PersonMention {
  start: number;
  end: number;
  person: PersonRecord;
  kind: MentionKind;
  evidence: Evidence;
  role?: string;
}

/** One person of the article: every form of the name it was given, its titles and state. */
export interface PersonRecord {
  /** Name forms as written, longest first after `finish()`. */
  variants: string[];
  /** Words of the longest form. */
  words: string[];
  roles: string[];
  country: string | null;
  /** Character offsets of its mentions, in text order. */
  positions: number[];
  /** Nicknames the article gives in quotes ("Deep Throat"). */
  nicknames: string[];
  /** The state an apposition gives ("Eitan Marom, a spokesman for the Israeli government"), used when no title does. */
  appositionCountry?: string | null;
  /** An apposition ties the person to an international body ("a spokesman for the UN"): no state is inferred. */
  international?: boolean;
  /** The public figure of the people dictionary this person is, when found by a bare surname. */
  figure?: PublicFigure;
  /** "Mrs.", "Ms.": a title that says a lone surname is not the figure of that surname ("Mrs. Obama"). */
  female?: boolean;
}

/**
 * The people of one article: names read with a cue start a person or join a compatible one ("Mark Felt" and
 * "W. Mark Felt"); undecided names, surnames and given names then resolve to the most recent matching person.
 */
export class PeopleBook {
  readonly people: PersonRecord[] = [];
  readonly mentions: PersonMention[] = [];
  private surnameKeys = new Map<string, PersonRecord[]>();
  /** Surnames that are also an outlet's or a company's name ("Bloomberg"): the person's only outside outlet use. */
  private bodySurnameKeys = new Map<string, PersonRecord[]>();
  private givenKeys = new Map<string, PersonRecord[]>();
  private knownWords = new Set<string>();

  /** People of earlier articles of the run met in this one, by id. */
  private fromRun = new Map<string, PersonRecord>();
  /** Public figures of the people dictionary met by a bare surname, by id. */
  private fromDictionary = new Map<string, PersonRecord>();

  /** `year`: the article's publication year, which tells a public figure's office; null when unknown. */
  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly registry: Registry,
    private readonly context: TokenContext,
    private readonly known: KnownPeople | null = null,
    private readonly year: number | null = null,
  ) {}

  /** Adds a name read with a cue. */
  addDecided(candidate: PersonCandidate): void {
    if (candidate.nickname) return this.addNickname(candidate);
    const words = candidate.display ?? this.wordTexts(candidate.words);
    const start = (this.tokens[candidate.first] as Token).start;
    const person = this.compatible(words, start, candidate) ?? this.newPerson();
    const surface = candidate.display?.join(" ") ?? this.surface(candidate.first, candidate.end);
    if (!person.variants.includes(surface)) person.variants.push(surface);
    if (nameWordCount(words, this.registry) > nameWordCount(person.words, this.registry)) person.words = words;
    for (const title of candidate.titles) {
      if (title.kind !== "honorific" && !person.roles.includes(title.title)) person.roles.push(title.title);
      if (femaleTitlePattern.test(title.title)) person.female = true;
    }
    person.country ??= candidate.country;
    if (candidate.apposition) {
      person.appositionCountry ??= candidate.apposition.country;
      person.international ||= candidate.apposition.international;
      for (const role of [candidate.apposition.role, ...(candidate.apposition.alsoRoles ?? [])]) {
        if (role && role.kind !== "honorific" && !person.roles.includes(role.title)) person.roles.push(role.title);
      }
    }
    person.positions.push(start);
    const office =
      candidate.titles.find((t) => t.kind === "office") ?? candidate.titles.find((t) => t.kind === "occupation");
    this.mentions.push({
      start,
      end: (this.tokens[candidate.end - 1] as Token).end,
      person,
      kind: "name",
      evidence: "stated",
      ...(office ? { role: office.title } : {}),
    });
  }

  /** "Mark Felt, … known as 'Deep Throat'": the nickname of the person named last in the sentence, or a person. */
  private addNickname(candidate: PersonCandidate): void {
    const start = (this.tokens[candidate.first] as Token).start;
    const end = (this.tokens[candidate.end - 1] as Token).end;
    const surface = this.surface(candidate.first, candidate.end);
    const sentence = this.context.sentence[candidate.first];
    const sentenceStart = this.tokens.find((_t, k) => this.context.sentence[k] === sentence)?.start ?? start;
    let person = mostRecent(this.people, start, false);
    if (person && (person.positions.at(-1) ?? -1) < sentenceStart) person = null;
    if (person) {
      if (!person.nicknames.includes(surface)) person.nicknames.push(surface);
    } else {
      person = this.newPerson();
      person.variants.push(surface);
      person.words = this.wordTexts(candidate.words);
    }
    person.positions.push(start);
    this.mentions.push({ start, end, person, kind: "alias", evidence: "stated" });
  }

  /** Indexes surnames and given names once every decided name is in. */
  finish(): void {
    for (const person of this.people) {
      person.variants.sort((a, b) => b.length - a.length);
      for (const variant of [...person.variants, ...person.nicknames])
        for (const word of variant.split(" ")) this.knownWords.add(word);
      for (const key of this.surnamesOf(person.words))
        if (!this.actsInRegistry(key)) push(this.surnameKeys, key, person);
        else if (person.words.length > 1 && namesOnlyBody(this.registry, key)) push(this.bodySurnameKeys, key, person);
      const given = person.words[0];
      const givenLike =
        !!given &&
        (this.registry.givenNames.has(given) ||
          (!this.registry.commonWords.has(given.toLowerCase()) &&
            !this.registry.particles.has(given) &&
            !given.includes(".")));
      if (given && givenLike && person.words.length > 1 && !this.actsInRegistry(given)) {
        push(this.givenKeys, given, person);
      }
    }
  }

  /** Resolves an undecided name: its runs of known name words become mentions of known people. */
  addUndecided(candidate: PersonCandidate): void {
    let run: number[] = [];
    let resolved = false;
    const flush = (): void => {
      if (run.length > 0) resolved = this.resolveRun(run, candidate.bodyName === true) || resolved;
      run = [];
    };
    for (const index of candidate.words) {
      const token = this.tokens[index] as Token;
      const contiguous = run.length === 0 || index === (run.at(-1) ?? -2) + 1;
      if (this.knownWords.has(token.text) && contiguous) run.push(index);
      else {
        flush();
        if (this.knownWords.has(token.text)) run.push(index);
      }
    }
    flush();
    if (candidate.bodyName) return;
    // The article's own people first, then the figures news names by surname, then the run's people.
    if (!resolved) resolved = this.resolveFromDictionary(candidate);
    if (!resolved && this.known) this.resolveFromRun(candidate, this.known);
  }

  /**
   * "Putin said", "Erdogan Slams EU", "Tayyip Erdogan": a full form of a public figure's name, or a surname form
   * alone, in a name no cue decided. In a longer run of capitalised words a surname counts only in a headline, and
   * when every other word is an English word, a registry name or another figure's surname ("Erdogan Slams").
   */
  private resolveFromDictionary(candidate: PersonCandidate): boolean {
    const people = this.registry.people;
    const words = candidate.words;
    if (candidate.display) {
      const figure = people.byName(candidate.display.join(" "));
      if (figure) this.addFigureMention(figure, candidate.first, candidate.end - 1, "name");
      return figure !== null;
    }
    // "Kim Jong-un", "Ahmed al-Sharaa": a full form may go on past the capitalised words the reader took.
    const last = words.at(-1) as number;
    for (let k = last + 1; k <= last + 2 && this.tokens[k] && hyphenPartPattern.test(this.tokens[k]?.text ?? ""); k++) {
      const figure = people.byName(this.surface(candidate.first, k + 1));
      if (figure) {
        this.addFigureMention(figure, candidate.first, k, "name");
        return true;
      }
    }
    for (let size = words.length; size >= 2; size--) {
      for (let k = 0; k + size <= words.length; k++) {
        const a = words[k] as number;
        const b = words[k + size - 1] as number;
        if (b - a !== size - 1) continue;
        const figure = people.byName(this.surface(a, b + 1));
        if (figure) {
          this.addFigureMention(figure, a, b, "name");
          return true;
        }
      }
    }
    const surnames = words.map((index) => {
      const figure = people.bySurname((this.tokens[index] as Token).text);
      return figure && !this.placeUse(index, index) ? figure : null;
    });
    if (surnames.every((figure) => figure === null)) return false;
    // Outside a headline, "Bandar Abbas" is a city and "Tony Putin" someone else: a surname stands alone or not at all.
    if (words.length > 1 && !this.context.titleCase[candidate.first]) return false;
    const plain = words.every((index, k) => {
      if (surnames[k]) return true;
      const text = (this.tokens[index] as Token).text;
      return (
        (this.registry.commonWords.has(text.toLowerCase()) && !this.registry.givenNames.has(text)) ||
        this.registry.aliases.has(text)
      );
    });
    if (!plain) return false;
    words.forEach((index, k) => {
      const figure = surnames[k];
      if (figure) this.addFigureMention(figure, index, index, "surname");
    });
    return true;
  }

  private addFigureMention(figure: PublicFigure, first: number, last: number, kind: MentionKind): void {
    let person = this.fromDictionary.get(figure.id);
    if (!person) {
      person = this.newPerson();
      person.variants.push(figure.name);
      person.words = figure.name.split(" ");
      person.figure = figure;
      this.fromDictionary.set(figure.id, person);
    }
    const start = (this.tokens[first] as Token).start;
    person.positions.push(start);
    this.mentions.push({
      start,
      end: (this.tokens[last] as Token).end,
      person,
      kind,
      evidence: kind === "surname" ? "inferred" : "stated",
    });
  }

  /** "Gupta" alone, or "Hasim Rahman" in a headline: a person an earlier article of the run named in full. */
  private resolveFromRun(candidate: PersonCandidate, known: KnownPeople): void {
    let first = candidate.first;
    let last = candidate.end - 1;
    const surface = this.surface(first, candidate.end);
    const single = candidate.words.length === 1;
    let found: KnownPerson | null = null;
    if (candidate.display) {
      found = known.byName(candidate.display.join(" "));
    } else if (!single) {
      // "Sixers Hire Maurice Cheeks as Head Coach": the longest run of words that is a name the run knows.
      const words = candidate.words;
      for (let size = words.length; size >= 2 && !found; size--) {
        for (let k = 0; k + size <= words.length && !found; k++) {
          const a = words[k] as number;
          const b = words[k + size - 1] as number;
          if (b - a !== size - 1) continue;
          found = known.byName(this.surface(a, b + 1));
          if (found) [first, last] = [a, b];
        }
      }
    } else if (!this.placeUse(first, last) && !this.registry.aliases.has(surface)) {
      // A capital opening a sentence tells nothing: "Bush" there may be the plant.
      const initial = this.context.sentenceInitial[first] || this.context.titleCase[first];
      if (!initial || !this.registry.commonWords.has(surface.toLowerCase())) found = known.bySurname(surface);
    }
    if (!found) return;
    const person = this.fromRun.get(found.id) ?? this.runPerson(found);
    const start = (this.tokens[first] as Token).start;
    person.positions.push(start);
    const kind: MentionKind = single ? "surname" : "name";
    this.mentions.push({
      start,
      end: (this.tokens[last] as Token).end,
      person,
      kind,
      evidence: single ? "inferred" : "stated",
    });
  }

  private runPerson(found: KnownPerson): PersonRecord {
    const person = this.newPerson();
    person.variants.push(found.name);
    person.words = found.name.split(" ");
    person.roles.push(...found.roles);
    person.country = found.country;
    this.fromRun.set(found.id, person);
    return person;
  }

  /** "in Palmer", "Woodburn police": a lone word used as a place is no surname. */
  private placeUse(first: number, last: number): boolean {
    return (
      first === last &&
      (locativeBefore.has(this.tokens[first - 1]?.text ?? "") ||
        !!this.tokens[last + 1]?.text.match(/^(?:police|officials|residents|city|county|town)$/))
    );
  }

  /** The most recent person before `position` holding one of `titles`. */
  holderOf(titles: readonly string[], position: number): PersonRecord | null {
    return mostRecent(
      this.people.filter((p) => p.roles.some((role) => titles.includes(role))),
      position,
      false,
    );
  }

  private readonly actors = new Map<PersonRecord, Actor>();

  /** The person as an article actor (built once per person). */
  toActor(person: PersonRecord): Actor {
    const known = this.actors.get(person);
    if (known) return known;
    const figure = person.figure ?? this.figureOf(person);
    if (figure) return this.figureActor(person, figure);
    const name = person.variants[0] ?? person.words.join(" ");
    const actor: Actor = {
      id: this.juniorOfFigure(name) ? `person:${slug(name)}` : personId(name),
      name,
      type: "person",
      country: person.country ?? (person.international ? null : (person.appositionCountry ?? this.familyState(person))),
      roles: [...person.roles],
      aliases: [],
    };
    this.actors.set(person, actor);
    return actor;
  }

  /**
   * The public figure a person of the article is: a full form of the name, or a lone surname form the article
   * never completes ("President Erdogan"), unless a title says it is a woman's ("Mrs. Obama").
   */
  private figureOf(person: PersonRecord): PublicFigure | null {
    const people = this.registry.people;
    for (const variant of person.variants) {
      if (!variant.includes(" ")) continue;
      const figure = people.byName(variant);
      if (figure) return figure;
    }
    const only = person.words.length === 1 && person.variants.every((v) => !v.includes(" "));
    return only && !person.female ? people.bySurname(person.words[0] as string) : null;
  }

  /** A public figure as an article actor: its id and name; the text's state and titles first, then the offices of the year. */
  private figureActor(person: PersonRecord, figure: PublicFigure): Actor {
    const at = this.registry.people.at(figure, this.year);
    let country = person.country;
    if (country === null && !person.international) {
      country = at.country;
      // An international body's head: the article's state is not the person's.
      if (country === null) person.international = true;
    }
    const actor: Actor = {
      id: figure.id,
      name: figure.name,
      type: "person",
      country,
      roles: [...new Set([...person.roles, ...at.roles])],
      aliases: [],
    };
    this.actors.set(person, actor);
    return actor;
  }

  /**
   * "Donald Trump Jr.": a name whose suffix sets it apart from a public figure of the name without it; the id keeps
   * the suffix, so the son is not the father (elsewhere "Martin Luther King Jr." and "Martin Luther King" are one).
   */
  private juniorOfFigure(name: string): boolean {
    const stripped = name.replace(suffixPattern, "");
    return stripped !== name && this.registry.people.byName(stripped) !== null;
  }

  /** "Tamim bin Hamad Al Thani": the state a ruling family's name tells, or null. */
  private familyState(person: PersonRecord): string | null {
    const name = familyKey(person.words.join(" "));
    for (const [family, state] of this.registry.families) if (name.endsWith(` ${family}`)) return state;
    return null;
  }

  /** Ids of the people whose state must not be guessed from the article (an international body's staff). */
  statelessIds(): Set<string> {
    const ids = new Set<string>();
    for (const [person, actor] of this.actors) if (person.international) ids.add(actor.id);
    return ids;
  }

  /**
   * Resolves a run of name words to a person of the article. `claimed`: the run is an outlet's, a company's or a
   * town's name ("Bloomberg", "Hutchinson"), which only a person named in full before it can take.
   */
  private resolveRun(run: readonly number[], claimed = false): boolean {
    const first = run[0] as number;
    const last = run.at(-1) as number;
    const start = (this.tokens[first] as Token).start;
    const end = (this.tokens[last] as Token).end;
    const surface = this.surface(first, last + 1);
    const words = this.wordTexts(run);
    const exact = this.people.filter((p) => p.variants.includes(surface));
    let person = mostRecent(exact, start, true);
    let kind: MentionKind = "name";
    if (!person) {
      person = mostRecent(
        this.people.filter((p) => p.nicknames.includes(surface)),
        start,
        true,
      );
      if (person) kind = "alias";
    }
    if (!person && words.length >= 2) {
      const lastWord = words.at(-1) as string;
      const sameName = (this.surnameKeys.get(lastWord) ?? []).filter((p) => p.words[0] === words[0]);
      person = mostRecent(sameName, start, true);
    }
    // "Trump Jr." after "Donald Trump Jr.": the person whose name ends in that surname and suffix.
    const suffix = words.length === 2 ? (words[1] as string) : "";
    if (!person && this.registry.suffixes.has(suffix)) {
      const holders = (this.surnameKeys.get(words[0] as string) ?? []).filter((p) => p.words.includes(suffix));
      person = mostRecent(holders, start, true);
      kind = "surname";
    }
    // A single word that is also a registry name ("Jordan") is left to the registry.
    const placeUse = this.placeUse(first, last);
    const registryWord = placeUse || (run.length === 1 && this.actsInRegistry(surface));
    if (!person && !registryWord) {
      person = mostRecent(this.surnameKeys.get(surface) ?? [], start, !claimed);
      kind = "surname";
    }
    // "Bloomberg criticized Democrats" in an article naming Michael Bloomberg: the person, unless used as the outlet.
    if (!person && !placeUse && run.length === 1 && registryWord && !outletUse(this.tokens, first)) {
      person = mostRecent(this.bodySurnameKeys.get(surface) ?? [], start, false);
      kind = "surname";
    }
    if (!person && !registryWord && run.length === 1) {
      const holders = this.givenKeys.get(surface) ?? [];
      if (holders.length === 1) person = holders[0] ?? null;
      kind = "given";
    }
    if (!person) return false;
    person.positions.push(start);
    this.mentions.push({
      start,
      end,
      person,
      kind,
      evidence: kind === "name" || kind === "alias" ? "stated" : "inferred",
    });
    return true;
  }

  /** A registry name other than a mere place ("Jordan", "Hamas", but not "Palmer"). */
  private actsInRegistry(phrase: string): boolean {
    return this.registry.aliases.get(phrase).some((hit) => hit.type !== "seat" || hit.kind !== "place");
  }

  /** "Al Thani" and "Thani" for "Tamim bin Hamad Al Thani"; "Ansari" and "al-Ansari" for "Majed al-Ansari". */
  private surnamesOf(words: readonly string[]): string[] {
    const core = words.filter((w) => !this.registry.suffixes.has(w));
    if (core.length < 2) return core.length === 1 && !this.registry.givenNames.has(core[0] as string) ? [...core] : [];
    const last = core.at(-1) as string;
    const keys = [last];
    const joined = /^(?:al|el|ad|as|ash|ar|an|at|az|bin|ben|abu|ibn|de|di|da|van|von)[-‐](.+)$/u.exec(last);
    if (joined?.[1]) keys.push(joined[1]);
    let k = core.length - 2;
    const tail = [last];
    while (k > 0 && this.registry.particles.has(core[k] as string)) {
      tail.unshift(core[k] as string);
      keys.push(tail.join(" "));
      k--;
    }
    return keys;
  }

  /**
   * The person a decided name joins. A lone surname whose title says it is someone else joins no one: "President
   * Obama" after "Sasha Obama", "Mr. Obama" after "Malia Obama" (see `titleConflict`).
   */
  private compatible(words: readonly string[], position: number, candidate?: PersonCandidate): PersonRecord | null {
    // A surname-only form of a person named in full does not join a second full name to it: "Clinton" after "Bill
    // Clinton" does not make "Hillary Rodham Clinton" the same person.
    const full = words.length > 1;
    const matches = this.people.filter(
      (person) =>
        (sameName(person.words, words) ||
          person.variants.some((v) => {
            const variant = this.variantWords(v);
            return (!full || variant.length > 1 || person.words.length === 1) && sameName(variant, words);
          })) &&
        !(
          candidate &&
          words.length === 1 &&
          titleConflict(person, words[0] as string, candidate.titles, this.registry, this.year)
        ),
    );
    // "Mrs. Clinton" with both Bill and Hillary Clinton named: the one the title agrees with, not the latest.
    if (candidate && words.length === 1 && matches.length > 1) {
      const agreeing = matches.filter((person) => titleAgrees(person, candidate.titles));
      if (agreeing.length > 0) return mostRecent(agreeing, position, true);
    }
    return mostRecent(matches, position, true);
  }

  /** A name form's words, split once per form: every decided name is compared with every form so far. */
  private readonly splitVariants = new Map<string, string[]>();

  private variantWords(variant: string): string[] {
    let words = this.splitVariants.get(variant);
    if (!words) {
      words = variant.split(" ");
      this.splitVariants.set(variant, words);
    }
    return words;
  }

  private newPerson(): PersonRecord {
    const person: PersonRecord = { variants: [], words: [], roles: [], country: null, positions: [], nicknames: [] };
    this.people.push(person);
    return person;
  }

  private wordTexts(indices: readonly number[]): string[] {
    return indices.map((i) => (this.tokens[i] as Token).text);
  }

  private surface(first: number, end: number): string {
    return this.text
      .slice((this.tokens[first] as Token).start, (this.tokens[end - 1] as Token).end)
      .replace(/\s+/g, " ");
  }
}

/** A name part the name reader does not take: "Jong-un", "al-Sharaa". */
const hyphenPartPattern = /^\p{L}[\p{L}\p{M}]*[-‐]\p{L}+$/u;

/** Titles that only a woman bears: "Mrs. Obama" is not Barack Obama. */
const femaleTitlePattern = /^(?:Mrs|Ms|Miss|Madam|Madame|Lady|First Lady|Queen)\.?$/;

const locativeBefore = new Set(["in", "at", "from", "near", "outside", "downtown", "of"]);

/** ", Jr." or " Sr" ending a name. */
const suffixPattern = /,?\s+(?:Jr|Sr)\.?$/;

/** "person:marco-rubio" */
export function personId(name: string): string {
  return `person:${slug(name.replace(suffixPattern, ""))}`;
}

/**
 * Whether two name forms can be one person: one's words appear in order in the other's, sharing the first or the
 * last word ("Mark Felt" / "W. Mark Felt"), or the same surname with one given name shortening the other
 * ("Fred LaRue" / "Frederick LaRue").
 */
function sameName(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return false;
  if (isSubsequence(short, long) && (short[0] === long[0] || short.at(-1) === long.at(-1))) {
    // "Al Thani" alone could be any of the family; a surname-only form never merges two full names.
    return short.length > 1 || short[0] === long.at(-1) || short[0] === long[0];
  }
  const aGiven = short[0] as string;
  const bGiven = long[0] as string;
  return (
    short.length >= 2 &&
    short.at(-1) === long.at(-1) &&
    aGiven.length >= 3 &&
    bGiven.length >= 3 &&
    (aGiven.startsWith(bGiven) || bGiven.startsWith(aGiven))
  );
}

function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let k = 0;
  for (const word of long) if (word === short[k]) k++;
  return k === short.length;
}

function nameWordCount(words: readonly string[], registry: Registry): number {
  return words.filter((w) => !registry.particles.has(w)).length + words.length / 100;
}

/** The person mentioned last before `position`; failing that (when `orNext`), the first one after it. */
function mostRecent(people: readonly PersonRecord[], position: number, orNext: boolean): PersonRecord | null {
  let best: PersonRecord | null = null;
  let bestAt = -1;
  for (const person of people) {
    for (const at of person.positions) if (at < position && at > bestAt) [best, bestAt] = [person, at];
  }
  if (best || !orNext) return best;
  let next = Infinity;
  for (const person of people) {
    const at = person.positions.find((p) => p >= position) ?? Infinity;
    if (at < next) [best, next] = [person, at];
  }
  return best ?? (people.length === 1 ? (people[0] ?? null) : null);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}
