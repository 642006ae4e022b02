import type { PersonEntry } from "./dictionaries.js";
import { slug } from "./slug.js";
import type { Actor } from "./types.js";

/** An office of a public figure, with the state it is of (null: an international body's). */
export interface FigureRole {
  title: string;
  from: number;
  to: number | null;
  country: string | null;
}

/** A public figure of the shipped people dictionary (data/actors/people.yaml). */
export interface PublicFigure {
  /** "person:vladimir-putin": the id a person named in full in an article gets too. */
  id: string;
  name: string;
  /** The state the person acts for when no office of the article's year is known; null for an international body. */
  country: string | null;
  roles: readonly FigureRole[];
}

/** What the dictionary tells of a figure in one year: the offices held and the state they are of. */
export interface FigureAt {
  country: string | null;
  roles: string[];
}

/** What building the dictionary needs from the rest of the registry. */
export interface PeopleDictionaryInputs {
  actors: ReadonlyMap<string, Actor>;
  givenNames: ReadonlySet<string>;
  commonWords: ReadonlySet<string>;
}

/** "al-Assad", "el-Sisi": a joined Arabic article a surname may be written with or without. */
const joinedArticlePattern = /^(?:al|el|Al|El)[-‐](?=\p{Lu})/u;
const marksPattern = /\p{M}/gu;

/** "Erdoğan" → "Erdogan": the key a surname is looked up by (case kept: a surname is capitalised). */
function surnameKey(word: string): string {
  return word.normalize("NFKD").replace(marksPattern, "");
}

/** "Kim Jong-un", "Kim Jong Un", "George W. Bush" → one key: accents, case, dots and hyphens ignored. */
function nameKey(name: string): string {
  return slug(name.replace(/\./g, ""));
}

/**
 * Well-known public figures that news names by surname alone ("Putin said…"): their full names and surname
 * forms, offices by year and state. Built by `loadRegistry` from data/actors/people.yaml; read-only afterwards.
 *
 * @example registry.people.bySurname("Erdoğan")?.id // "person:recep-tayyip-erdogan"
 */
export class PeopleDictionary {
  private readonly names = new Map<string, PublicFigure>();
  private readonly surnames = new Map<string, PublicFigure>();
  /** Every surname of the dictionary, shared ones too ("Bush", "Clinton"), with the states of those bearing it. */
  private readonly surnameStates = new Map<string, Set<string | null>>();

  /**
   * Checks and indexes the entries. Throws a message naming the file and the entry when a surname form is an
   * English word or a given name not listed under `wordAliases`, when two entries claim one form, or when an
   * office names an unknown body.
   */
  constructor(entries: readonly PersonEntry[], file: string, inputs: PeopleDictionaryInputs) {
    const owners = new Map<string, number>();
    const claim = (key: string, form: string, entry: PersonEntry, index: number): void => {
      const owner = owners.get(key);
      if (owner !== undefined && owner !== index) {
        throw new Error(
          `${file}: entry ${index + 1} (${entry.name}), field "aliases": "${form}" is also entry ${owner + 1}'s ` +
            `(${entries[owner]?.name ?? ""}); a form two people share names neither: leave it out of both`,
        );
      }
      owners.set(key, index);
    };
    entries.forEach((entry, index) => {
      const figure = toFigure(entry, index, file, inputs.actors);
      const last = entry.name.split(" ").at(-1) ?? "";
      for (const form of new Set([last, ...[...entry.aliases, ...entry.wordAliases].filter((a) => !a.includes(" "))])) {
        const key = surnameKey(form).replace(joinedArticlePattern, "");
        const states = this.surnameStates.get(key) ?? new Set<string | null>();
        states.add(entry.country);
        this.surnameStates.set(key, states);
      }
      claim(`name\t${nameKey(entry.name)}`, entry.name, entry, index);
      this.names.set(nameKey(entry.name), figure);
      for (const form of [...entry.aliases, ...entry.wordAliases]) {
        if (form.includes(" ")) {
          claim(`name\t${nameKey(form)}`, form, entry, index);
          this.names.set(nameKey(form), figure);
          continue;
        }
        const word = entry.wordAliases.includes(form);
        if (!word && (inputs.givenNames.has(form) || inputs.commonWords.has(form.toLowerCase()))) {
          throw new Error(
            `${file}: entry ${index + 1} (${entry.name}), field "aliases": "${form}" is an English word or a ` +
              'given name; leave it out, or list it under "wordAliases" if news uses it for this person alone',
          );
        }
        claim(`surname\t${surnameKey(form)}`, form, entry, index);
        this.surnames.set(surnameKey(form), figure);
      }
    });
  }

  /** How many figures the dictionary holds. */
  get size(): number {
    return new Set(this.names.values()).size;
  }

  /** The figure a full name (or another full form) belongs to, or null: "Recep Tayyip Erdoğan", "Kim Jong-un". */
  byName(name: string): PublicFigure | null {
    return this.names.get(nameKey(name)) ?? null;
  }

  /** The one figure a surname form names, or null: "Putin", "Erdogan", "al-Assad". */
  bySurname(word: string): PublicFigure | null {
    const key = surnameKey(word);
    return this.surnames.get(key) ?? this.surnames.get(key.replace(joinedArticlePattern, "")) ?? null;
  }

  /**
   * The one state every figure of a surname acts for, or null (none, several, or an international body's):
   * "Bush" → USA (both presidents), "Kim" → null (two Koreas). Tells whose government "the Bush administration" is.
   */
  stateOfSurname(word: string): string | null {
    const states = this.surnameStates.get(surnameKey(word).replace(joinedArticlePattern, ""));
    if (!states || states.size !== 1) return null;
    return states.values().next().value ?? null;
  }

  /**
   * The offices a figure held in `year` and the state they are of (the latest office's when two differ); with no
   * year, or no office that year, no office and the figure's usual state.
   *
   * @example people.at(putin, 2010) // { country: "RUS", roles: ["Prime Minister"] }
   */
  at(figure: PublicFigure, year: number | null): FigureAt {
    if (year === null) return { country: figure.country, roles: [] };
    const held = figure.roles.filter((role) => role.from <= year && (role.to === null || year <= role.to));
    if (held.length === 0) return { country: figure.country, roles: [] };
    const latest = held.reduce((a, b) => (b.from >= a.from ? b : a));
    return { country: latest.country, roles: [...new Set(held.map((role) => role.title))] };
  }
}

function toFigure(entry: PersonEntry, index: number, file: string, actors: ReadonlyMap<string, Actor>): PublicFigure {
  const roles = entry.roles.map((role, k): FigureRole => {
    let country = role.country ?? entry.country;
    if (role.of !== undefined) {
      const body = actors.get(role.of);
      if (!body) {
        throw new Error(
          `${file}: entry ${index + 1} (${entry.name}), field "roles", entry ${k + 1}, field "of": ` +
            `no actor "${role.of}"; use an id from organizations.yaml or groups.yaml, like "org:nato"`,
        );
      }
      country = body.country;
    }
    return { title: role.title, from: role.from, to: role.to ?? null, country };
  });
  return { id: `person:${slug(entry.name)}`, name: entry.name, country: entry.country, roles };
}
