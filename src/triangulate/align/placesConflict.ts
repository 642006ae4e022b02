/**
 * Whether two places given for one event cannot both be true: neither holds the other. "Kyiv" and "Ukraine", "Gaza"
 * and "Gaza City", "Seattle" and "Washington" (the state) can all be true at once; "Kyiv" and "Kharkiv", or "Doha" and
 * "Cairo", cannot. The gazetteer is city-timezones (the registry's own source of cities and provinces).
 */

import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** A place as an article gives it: its name and, when the registry knows it, its state (ISO 3166-1 alpha-3). */
export interface PlaceRef {
  name: string;
  country: string | null;
}

interface CityRecord {
  city: string;
  city_ascii: string;
  province: string;
  iso3: string;
}

/** What city-timezones knows: the provinces each city name lies in. */
interface Gazetteer {
  provincesOfCity: Map<string, Set<string>>;
}

const leadingThe = /^the\s+/;
const nonWord = /[^\p{L}\p{N}]+/u;

/** Lower-cased, without accents or a leading "the". */
function key(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim().replace(leadingThe, "");
}

let gazetteer: Gazetteer | null = null;

function loadGazetteer(): Gazetteer {
  if (gazetteer !== null) return gazetteer;
  const cities = (require("city-timezones") as { cityMapping: CityRecord[] }).cityMapping;
  const provincesOfCity = new Map<string, Set<string>>();
  for (const c of cities) {
    const province = key(c.province);
    for (const name of new Set([key(c.city), key(c.city_ascii)])) {
      const set = provincesOfCity.get(name) ?? new Set<string>();
      if (province !== "") set.add(province);
      provincesOfCity.set(name, set);
    }
  }
  gazetteer = { provincesOfCity };
  return gazetteer;
}

/** One name's words hold the other's ("Gaza" and "Gaza City", "Aleppo" and "eastern Aleppo"). */
function wordsContain(a: string, b: string): boolean {
  const wa = a.split(nonWord).filter((w) => w !== "");
  const wb = b.split(nonWord).filter((w) => w !== "");
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return short.length > 0 && short.every((w) => long.includes(w));
}

/** "Gaza City", "Kuwait City": the city the gazetteer lists as "Gaza", "Kuwait". */
const citySuffix = /\s+city$/;

/** The provinces a city name lies in, by its name or its name less a trailing "City"; undefined when unknown. */
function provincesOf(name: string, provincesOfCity: ReadonlyMap<string, Set<string>>): Set<string> | undefined {
  return provincesOfCity.get(name) ?? provincesOfCity.get(name.replace(citySuffix, ""));
}

/**
 * True only when the two places are known not to overlap: different states, or two cities of one state that the
 * gazetteer knows ("Gaza City" as its "Gaza"), neither being a province that holds the other. Unknown places (a
 * district, a landmark, a region, a province against a city) are taken as compatible.
 *
 * @example placesConflict({ name: "Kyiv", country: "UKR" }, { name: "Kharkiv", country: "UKR" }) // true
 * @example placesConflict({ name: "Seattle", country: "USA" }, { name: "Washington", country: "USA" }) // false
 */
export function placesConflict(a: PlaceRef, b: PlaceRef): boolean {
  const ka = key(a.name);
  const kb = key(b.name);
  if (ka === "" || kb === "" || ka === kb || wordsContain(ka, kb)) return false;
  if (a.country === null || b.country === null) return false;
  if (a.country !== b.country) return true;
  const { provincesOfCity } = loadGazetteer();
  const pa = provincesOf(ka, provincesOfCity);
  const pb = provincesOf(kb, provincesOfCity);
  // "Washington" the state holds Seattle; a name that is a province is only safe when the other city is not in it.
  if (pb?.has(ka) === true || pa?.has(kb) === true) return false;
  // Both must be cities the gazetteer knows; a region, district or landmark may hold the other. A province named
  // against a city outside it is not trusted either: the gazetteer's provinces are not always the ones news uses
  // (it puts Manokwari in "Irian Jaya Barat", reports put it in Papua).
  return pa !== undefined && pb !== undefined;
}
