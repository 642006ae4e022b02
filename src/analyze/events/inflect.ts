/** How a verb form relates to its lemma. */
export type VerbFormKind = "base" | "s" | "past" | "participle" | "ing";

const vowels = /[aeiou]/;
/** A short final consonant after one vowel ("ban", "ship", "plan"): the consonant may double before -ed/-ing. */
const doublingEnd = /[^aeiou][aeiou][bdfgklmnprstvz]$/;

/**
 * The inflected forms of an English verb, with irregular past and participle forms when given.
 * Forms that English spelling leaves ambiguous (doubling a final consonant) are generated both ways.
 *
 * @example verbForms("ban") // → base ban, s bans, past banned/baned, participle …, ing banning/baning
 */
export function verbForms(lemma: string, irregular?: readonly [string, string]): Map<string, VerbFormKind> {
  const forms = new Map<string, VerbFormKind>();
  const add = (form: string, kind: VerbFormKind): void => {
    if (!forms.has(form)) forms.set(form, kind);
  };
  add(lemma, "base");
  add(thirdPerson(lemma), "s");
  if (irregular) {
    add(irregular[0], "past");
    add(irregular[1], "participle");
  }
  for (const past of pastForms(lemma)) add(past, "past");
  for (const ing of ingForms(lemma)) add(ing, "ing");
  return forms;
}

function thirdPerson(lemma: string): string {
  if (/(s|x|z|ch|sh|o)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

function pastForms(lemma: string): string[] {
  if (lemma.endsWith("e")) return [`${lemma}d`];
  if (/[^aeiou]y$/.test(lemma)) return [`${lemma.slice(0, -1)}ied`];
  if (doublingEnd.test(lemma) && vowels.test(lemma)) return [`${lemma}${lemma.at(-1) ?? ""}ed`, `${lemma}ed`];
  return [`${lemma}ed`];
}

function ingForms(lemma: string): string[] {
  if (lemma.endsWith("ie")) return [`${lemma.slice(0, -2)}ying`];
  if (/[^eoy]e$/.test(lemma)) return [`${lemma.slice(0, -1)}ing`];
  if (doublingEnd.test(lemma)) return [`${lemma}${lemma.at(-1) ?? ""}ing`, `${lemma}ing`];
  return [`${lemma}ing`];
}
