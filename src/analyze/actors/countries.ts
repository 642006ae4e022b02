import { createRequire } from "node:module";
import type { Country } from "world-countries";

/** A state as the registry knows it: names, demonyms and capital, from the data packages plus our additions. */
export interface CountryInfo {
  iso3: string;
  name: string;
  aliases: string[];
  demonyms: string[];
  capitals: string[];
  unMember: boolean;
}

const require = createRequire(import.meta.url);

/** Alternative spellings that are codes ("QA") or inverted ("Korea, Republic of") never appear in running text. */
const usableAlias = (alias: string): boolean =>
  alias.length > 3 && !alias.includes(",") && /^[\p{L}\p{M}'’. -]+$/u.test(alias);

interface I18nCountries {
  registerLocale(locale: unknown): void;
  getNames(lang: string, options: { select: "all" }): Record<string, string[]>;
  alpha2ToAlpha3(code: string): string | undefined;
}

/**
 * Every state of world-countries with the English names of i18n-iso-countries.
 *
 * @example loadCountries().find((c) => c.iso3 === "QAT") // { name: "Qatar", demonyms: ["Qatari"], capitals: ["Doha"], … }
 */
export function loadCountries(): CountryInfo[] {
  const i18n = require("i18n-iso-countries") as I18nCountries;
  i18n.registerLocale(require("i18n-iso-countries/langs/en.json"));
  const englishNames = i18n.getNames("en", { select: "all" });
  const countries = require("world-countries") as Country[];
  return countries.map((country) => {
    const names = new Set<string>([country.name.common, country.name.official]);
    for (const alias of country.altSpellings) if (usableAlias(alias)) names.add(alias);
    for (const alias of englishNames[country.cca2] ?? []) if (usableAlias(alias)) names.add(alias);
    const english = country.demonyms["eng"];
    const demonyms = [...new Set([english?.m, english?.f].filter((d): d is string => !!d))];
    return {
      iso3: country.cca3,
      name: country.name.common,
      aliases: [...names],
      demonyms,
      capitals: country.capital,
      unMember: country.unMember,
    };
  });
}
