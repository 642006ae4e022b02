import { firstNames } from "./firstNames.js";
import type { Registry, TitleHit } from "./loadRegistry.js";
import type { PersonRecord } from "./people.js";

const maleHonorific = /^(?:Mr|Mister)\.?$/;
const femaleHonorific = /^(?:Mrs|Ms|Miss|Madam|Madame)\.?$/;

/**
 * Whether a lone surname written with `titles` ("President Obama", "Mr. Obama") is not `person`, a person of that
 * surname the article named in full ("Sasha Obama"): the honorific's sex is not the one the given name has (a name
 * both lists hold tells nothing), or the title is an office the people dictionary's figure of that surname holds
 * (in the article's year when known) and `person` is not that figure and holds no such title.
 *
 * @example titleConflict(sashaObama, "Obama", [{ title: "President", kind: "office" }], registry, 2014) // true
 */
export function titleConflict(
  person: PersonRecord,
  surname: string,
  titles: readonly TitleHit[],
  registry: Registry,
  year: number | null,
): boolean {
  if (titles.length === 0) return false;
  const given = person.words.length > 1 ? (person.words[0] as string) : null;
  if (given) {
    const { female, male } = firstNames();
    const onlyFemale = female.has(given) && !male.has(given);
    const onlyMale = male.has(given) && !female.has(given);
    for (const { title } of titles) {
      if (maleHonorific.test(title) && (onlyFemale || person.female)) return true;
      if (femaleHonorific.test(title) && onlyMale) return true;
    }
  }
  const offices = titles.filter((t) => t.kind === "office").map((t) => t.title);
  if (offices.length === 0 || offices.some((o) => person.roles.includes(o))) return false;
  const figure = registry.people.bySurname(surname);
  if (!figure || person.variants.some((v) => registry.people.byName(v)?.id === figure.id)) return false;
  const held = year === null ? figure.roles.map((role) => role.title) : registry.people.at(figure, year).roles;
  return offices.some((office) => held.includes(office));
}

/**
 * Whether a title written before a lone surname agrees with `person`: an office the person holds in the article,
 * or an honorific of the sex the person's given name or an earlier title ("Mrs. Clinton") gives. Among two people
 * of one surname ("Bill Clinton", "Hillary Rodham Clinton"), "Mrs. Clinton" is the one it agrees with.
 *
 * @example titleAgrees(hillaryClinton, [{ title: "Mrs.", kind: "honorific" }]) // true once she was "Mrs. Clinton"
 */
export function titleAgrees(person: PersonRecord, titles: readonly TitleHit[]): boolean {
  const given = person.words.length > 1 ? (person.words[0] as string) : null;
  const { female, male } = firstNames();
  const onlyFemale = !!given && female.has(given) && !male.has(given);
  const onlyMale = !!given && male.has(given) && !female.has(given);
  return titles.some(
    ({ title, kind }) =>
      (kind === "office" && person.roles.includes(title)) ||
      (femaleHonorific.test(title) && (person.female === true || onlyFemale)) ||
      (maleHonorific.test(title) && onlyMale && person.female !== true),
  );
}
