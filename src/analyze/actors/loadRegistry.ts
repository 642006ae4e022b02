import { createRequire } from "node:module";
import { join } from "node:path";
import { z } from "zod";
import { englishWords } from "../../ingest/clean/dictionary.js";
import { firstNames } from "./firstNames.js";
import { loadCountries } from "./countries.js";
import type { CountryInfo } from "./countries.js";
import {
  bodyEntry,
  dataDir,
  epithetEntry,
  institutionsFile,
  metonymEntry,
  namedEntry,
  namesFile,
  personEntry,
  readDictionary,
  rolesFile,
  userFile,
} from "./dictionaries.js";
import type { NamedEntry } from "./dictionaries.js";
import { PeopleDictionary } from "./peopleDictionary.js";
import { slug } from "./slug.js";
import { TokenTrie } from "./tokenTrie.js";
import type { Actor, ActorType } from "./types.js";

/** What a registry phrase stands for. */
export type AliasHit =
  | { type: "actor"; actor: string }
  | { type: "country"; country: string }
  | { type: "demonym"; country: string }
  | { type: "seat"; kind: "capital" | "seat" | "place"; place: string; actor: string | null }
  | { type: "epithet"; country: string | null; candidates: readonly string[] }
  | { type: "generic"; key: string; name: string; mode: "context" | "explicit"; collective: boolean };

/** A title before a name: an office becomes the person's role, an honorific or occupation only cues a name. */
export interface TitleHit {
  title: string;
  kind: "office" | "honorific" | "occupation";
  /** The state the office implies when the text names none ("Secretary of State" → USA). */
  country?: string;
}

/** Everything the actor finder looks up, built once per run and read-only afterwards. */
export interface Registry {
  /** Known actors by id: states, places, organisations, groups, bodies, media, and persons from the user file. */
  readonly actors: ReadonlyMap<string, Actor>;
  readonly aliases: TokenTrie<AliasHit>;
  /** Titles and occupations as written before a name ("Secretary of State", "Sen.", "actress"). */
  readonly titles: TokenTrie<TitleHit>;
  /** Offices and occupations in lower case, as an apposition writes them ("a spokesman for…", "Qatar's minister"). */
  readonly roleWords: TokenTrie<TitleHit>;
  /** Short forms of titles after "the", in lower case ("the secretary" → Secretary of State, Secretary of Defense…). */
  readonly shortTitles: TokenTrie<string>;
  readonly givenNames: ReadonlySet<string>;
  readonly chineseSurnames: ReadonlySet<string>;
  readonly particles: ReadonlySet<string>;
  readonly suffixes: ReadonlySet<string>;
  readonly nonPersonHeads: ReadonlySet<string>;
  readonly placePrefixes: ReadonlySet<string>;
  /** Ruling family names, lower case with hyphens as spaces ("al thani"), and the state they rule. */
  readonly families: ReadonlyMap<string, string>;
  readonly notNames: ReadonlySet<string>;
  /** Lower-case English words (word-list). */
  readonly commonWords: ReadonlySet<string>;
  /** Public figures news names by surname alone (data/actors/people.yaml). */
  readonly people: PeopleDictionary;
  /** How institution names the registry lacks are read (data/actors/institutions.yaml). */
  readonly institutions: InstitutionWords;
  /** First-level regions that are no city's name ("Connecticut", "Bavaria"), and the state each is of. */
  readonly regions: ReadonlyMap<string, string | null>;
  /** A capital's place id → the place id of the region of its state that has its name ("Washington" state). */
  readonly regionOfCapital: ReadonlyMap<string, string>;
}

/** data/actors/institutions.yaml as sets. */
export interface InstitutionWords {
  readonly heads: ReadonlySet<string>;
  /** Heads that make a name only after one of their words: "Survey" after "Geological". */
  readonly qualifiedHeads: ReadonlyMap<string, ReadonlySet<string>>;
  readonly statePrefixes: ReadonlySet<string>;
  readonly sameBody: ReadonlySet<string>;
  readonly notInName: ReadonlySet<string>;
  readonly notInstitutions: ReadonlySet<string>;
}

export interface RegistryOptions {
  /** A YAML file of actors and aliases to add or override; see docs in data/actors/user.example.yaml. */
  userFile?: string;
  /** The folder of the shipped dictionaries; defaults to the package's data/actors/. */
  dataDir?: string;
}

const require = createRequire(import.meta.url);

/**
 * Builds the registry of actors from the country data packages, the dictionaries in data/actors/ and the user's
 * YAML file. Throws a message naming the file, entry and field when a dictionary is invalid.
 *
 * @example const registry = loadRegistry({ userFile: "my-actors.yaml" });
 */
export function loadRegistry(options: RegistryOptions = {}): Registry {
  const dir = options.dataDir ?? dataDir;
  const actors = new Map<string, Actor>();
  const aliases = new TokenTrie<AliasHit>();
  const addActor = (actor: Actor, forms: readonly string[]): void => {
    actors.set(actor.id, actor);
    const hit: AliasHit = { type: "actor", actor: actor.id };
    for (const form of new Set([actor.name, ...forms])) aliases.add(form, hit);
  };

  const commonWords = englishWords();
  const names = readDictionary(join(dir, "names.yaml"), namesFile);
  const givenNames = new Set<string>([
    ...firstNames().female,
    ...firstNames().male,
    ...Object.values(names.given).flat(),
  ]);
  const chineseSurnames = new Set(names.given["chinese_surnames"] ?? []);
  const notNames = new Set(names.notNames);

  addCountries(loadCountries(), readDictionary(join(dir, "countries.yaml"), countryExtras), givenNames, {
    actors,
    aliases,
  });

  for (const [file, type, prefix] of [
    ["organizations.yaml", "organization", "org"],
    ["groups.yaml", "group", "group"],
    ["media.yaml", "media", "media"],
  ] as const) {
    for (const entry of readDictionary(join(dir, file), z.array(namedEntry))) {
      addActor(fromEntry(entry, type, prefix), entry.aliases);
    }
  }

  for (const entry of readDictionary(join(dir, "bodies.yaml"), z.array(bodyEntry))) {
    if (entry.generic) {
      const hit: AliasHit = {
        type: "generic",
        key: slug(entry.name),
        name: entry.name,
        mode: entry.generic,
        collective: entry.collective,
      };
      for (const form of [entry.name, ...entry.aliases]) aliases.add(form, hit);
    } else {
      addActor(fromEntry(entry, "organization", "org"), entry.aliases);
    }
  }

  for (const entry of readDictionary(join(dir, "metonyms.yaml"), z.array(metonymEntry))) {
    const place = placeActor(entry.name.replace(/^the /, ""), entry.country);
    actors.set(place.id, place);
    const hit: AliasHit = { type: "seat", kind: entry.kind, place: place.id, actor: entry.actor ?? null };
    for (const form of [entry.name, ...entry.aliases]) aliases.add(form, hit);
  }

  for (const entry of readDictionary(join(dir, "epithets.yaml"), z.array(epithetEntry))) {
    aliases.add(entry.phrase, { type: "epithet", country: entry.country, candidates: entry.candidates });
  }

  const roles = readDictionary(join(dir, "roles.yaml"), rolesFile);
  const titles = new TokenTrie<TitleHit>();
  const shortTitles = new TokenTrie<string>("lower");
  const roleWords = new TokenTrie<TitleHit>("lower");
  for (const entry of roles.titles) {
    const hit: TitleHit = {
      title: entry.title,
      kind: entry.kind,
      ...(entry.country ? { country: entry.country } : {}),
    };
    for (const form of [entry.title, ...entry.aliases]) titles.add(form, hit);
    if (entry.kind === "office") for (const form of [entry.title, ...entry.aliases]) roleWords.add(form, hit);
    for (const form of [entry.title, ...entry.short]) if (entry.kind === "office") shortTitles.add(form, entry.title);
  }
  for (const word of roles.occupations) {
    titles.add(word, { title: word, kind: "occupation" });
    roleWords.add(word, { title: word, kind: "occupation" });
  }

  const { regions, regionOfCapital } = addCities(givenNames, commonWords, { actors, aliases });

  const peopleFile = join(dir, "people.yaml");
  const people = new PeopleDictionary(readDictionary(peopleFile, z.array(personEntry)), peopleFile, {
    actors,
    givenNames,
    commonWords,
  });

  const institutions = readDictionary(join(dir, "institutions.yaml"), institutionsFile);

  if (options.userFile !== undefined) applyUserFile(options.userFile, actors, aliases, addActor);

  return {
    actors,
    aliases,
    titles,
    roleWords,
    shortTitles,
    givenNames,
    chineseSurnames,
    particles: new Set(names.particles),
    suffixes: new Set(names.suffixes),
    nonPersonHeads: new Set(names.nonPersonHeads),
    placePrefixes: new Set(names.placePrefixes),
    families: new Map(Object.entries(names.families).map(([name, state]) => [familyKey(name), state])),
    notNames,
    commonWords,
    people,
    regions,
    regionOfCapital,
    institutions: {
      heads: new Set([...institutions.heads, ...Object.keys(institutions.qualifiedHeads)]),
      qualifiedHeads: new Map(
        Object.entries(institutions.qualifiedHeads).map(([head, words]) => [head, new Set(words)]),
      ),
      statePrefixes: new Set(institutions.statePrefixes),
      sameBody: new Set(institutions.sameBody),
      notInName: new Set(institutions.notInName),
      notInstitutions: new Set(institutions.notInstitutions),
    },
  };
}

const countryExtras = z.array(
  z.object({
    country: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166 alpha-3 code in capitals, like "QAT"'),
    aliases: z.array(z.string().min(1)).default([]),
    demonyms: z.array(z.string().min(1)).default([]),
  }),
);

function fromEntry(entry: NamedEntry, type: ActorType, prefix: string): Actor {
  return {
    id: entry.id ?? `${prefix}:${slug(entry.name)}`,
    name: entry.name,
    type,
    country: entry.country,
    roles: [],
    aliases: [],
  };
}

/** A city or region as a place actor: "place:doha". */
export function placeActor(name: string, country: string | null): Actor {
  return { id: `place:${slug(name)}`, name, type: "place", country, roles: [], aliases: [] };
}

function addCountries(
  list: readonly CountryInfo[],
  extras: z.infer<typeof countryExtras>,
  givenNames: ReadonlySet<string>,
  into: { actors: Map<string, Actor>; aliases: TokenTrie<AliasHit> },
): void {
  // A state may have several entries (its usual forms, former names, regions): their forms add up.
  const extraByIso = new Map<string, { aliases: string[]; demonyms: string[] }>();
  for (const e of extras) {
    const known = extraByIso.get(e.country) ?? { aliases: [], demonyms: [] };
    known.aliases.push(...e.aliases);
    known.demonyms.push(...e.demonyms);
    extraByIso.set(e.country, known);
  }
  // A demonym or name two states share ("Congolese") names neither, unless only one is a UN member ("French").
  const claims = new Map<string, CountryInfo[]>();
  const claim = (form: string, country: CountryInfo): void => {
    const owners = claims.get(form) ?? [];
    if (!owners.includes(country)) owners.push(country);
    claims.set(form, owners);
  };
  for (const country of list) {
    const extra = extraByIso.get(country.iso3);
    for (const form of [...country.aliases, ...(extra?.aliases ?? [])]) claim(`name\t${form}`, country);
    for (const demonym of [...country.demonyms, ...(extra?.demonyms ?? [])]) claim(`demonym\t${demonym}`, country);
    into.actors.set(`country:${country.iso3}`, {
      id: `country:${country.iso3}`,
      name: country.name,
      type: "country",
      country: country.iso3,
      roles: [],
      aliases: [],
    });
  }
  const countryNames = new Set(list.map((c) => c.name));
  for (const [key, owners] of claims) {
    const [kind, form] = key.split("\t") as ["name" | "demonym", string];
    const members = owners.filter((c) => c.unMember);
    const owner = owners.length === 1 ? owners[0] : members.length === 1 ? members[0] : undefined;
    if (!owner) continue;
    if (kind === "name") {
      into.aliases.add(form, { type: "country", country: owner.iso3 });
    } else {
      into.aliases.add(form, { type: "demonym", country: owner.iso3 });
      // "Israelis", "Qataris": the plural noun names the same state.
      if (/[in]$/.test(form)) into.aliases.add(`${form}s`, { type: "demonym", country: owner.iso3 });
    }
  }
  for (const country of list) {
    if (!country.unMember) continue;
    for (const capital of country.capitals) {
      // "Victoria", "Santiago", "Kingston" are people too; a capital named like its state is the state.
      if (givenNames.has(capital) || countryNames.has(capital) || capital.includes(".")) continue;
      const place = placeActor(capital, country.iso3);
      into.actors.set(place.id, place);
      into.aliases.add(capital, { type: "seat", kind: "capital", place: place.id, actor: null });
    }
  }
}

interface CityRecord {
  city: string;
  city_ascii: string;
  pop: number;
  iso3: string;
  province: string;
}

/**
 * Cities (about 7,300, from city-timezones) and their provinces as places: they never act, but they keep a
 * place's name from being read as a person's ("Palmer", "Kuala Lumpur"). Names that are given names stay out, and
 * so do provinces whose one-word name is an English word ("Western").
 */
function addCities(
  givenNames: ReadonlySet<string>,
  commonWords: ReadonlySet<string>,
  into: { actors: Map<string, Actor>; aliases: TokenTrie<AliasHit> },
): { regions: Map<string, string | null>; regionOfCapital: Map<string, string> } {
  const cities = (require("city-timezones") as { cityMapping: CityRecord[] }).cityMapping;
  const cityNames = new Set(cities.flatMap((city) => [city.city, city.city_ascii]));
  const regions = new Map<string, string | null>();
  const regionOfCapital = new Map<string, string>();
  for (const city of cities) {
    const country = /^[A-Z]{3}$/.test(city.iso3) ? city.iso3 : null;
    if (!city.province || regions.has(city.province)) continue;
    if (!cityNames.has(city.province)) regions.set(city.province, country);
    // "Washington" is the capital in the registry; the state of that name becomes a place of its own.
    const capital = into.aliases
      .get(city.province)
      .find((hit) => hit.type === "seat" && hit.kind === "capital" && into.actors.get(hit.place)?.country === country);
    if (capital?.type === "seat" && !regionOfCapital.has(capital.place)) {
      const region = placeActor(`${city.province} ${country === "USA" ? "State" : "Province"}`, country);
      into.actors.set(region.id, region);
      regionOfCapital.set(capital.place, region.id);
    }
  }
  const add = (name: string, country: string | null, province = false): void => {
    if (!name || givenNames.has(name) || into.aliases.has(name)) return;
    // Provinces called "Western" or "Central" and a town called "San" would make "Western audiences" a place.
    const oneWord = !name.includes(" ");
    if (oneWord && (name.length < 4 || (province && commonWords.has(name.toLowerCase())))) return;
    const place = placeActor(name, country);
    if (!into.actors.has(place.id)) into.actors.set(place.id, place);
    into.aliases.add(name, { type: "seat", kind: "place", place: place.id, actor: null });
  };
  for (const city of cities) {
    const country = /^[A-Z]{3}$/.test(city.iso3) ? city.iso3 : null;
    add(city.city, country);
    if (city.city_ascii !== city.city) add(city.city_ascii, country);
    add(city.province, country, true);
  }
  return { regions, regionOfCapital };
}

function applyUserFile(
  file: string,
  actors: Map<string, Actor>,
  aliases: TokenTrie<AliasHit>,
  addActor: (actor: Actor, forms: readonly string[]) => void,
): void {
  const user = readDictionary(file, userFile);
  user.actors.forEach((entry, index) => {
    const prefix = entry.type === "organization" ? "org" : entry.type;
    const actor: Actor = { ...fromEntry(entry, entry.type, prefix), roles: entry.roles };
    const previous = actors.get(actor.id);
    if (previous && previous.type !== actor.type && (previous.type === "country" || actor.type === "country")) {
      throw new Error(`${file}: entry ${index + 1} (${entry.name}), field "type": ${actor.id} is a ${previous.type}`);
    }
    addActor(actor, entry.aliases);
  });
  user.aliases.forEach((entry, index) => {
    const actor = actors.get(entry.actor);
    if (!actor) {
      throw new Error(
        `${file}: aliases, entry ${index + 1} (${entry.alias}), field "actor": no actor "${entry.actor}"; ` +
          `add it under "actors" or use a known id such as "country:QAT"`,
      );
    }
    aliases.add(
      entry.alias,
      actor.type === "country" && actor.country
        ? { type: "country", country: actor.country }
        : { type: "actor", actor: actor.id },
    );
  });
}

/** "Al-Thani", "al Thani" → "al thani": the key a ruling family is looked up by. */
export function familyKey(name: string): string {
  return name.toLowerCase().replace(/[-‐]/gu, " ").replace(/\s+/gu, " ").trim();
}
