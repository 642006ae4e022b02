/**
 * Postal-style abbreviations of US states as newspapers write them after a town or in a legislator's tag, with
 * the tokenizer's trailing point: "Newtown, Conn.", "Bedminster, N.J.", "Ariz.".
 */
const stateAbbreviations = new Set([
  "ala.",
  "ariz.",
  "ark.",
  "calif.",
  "colo.",
  "conn.",
  "del.",
  "fla.",
  "ga.",
  "ill.",
  "ind.",
  "kan.",
  "kans.",
  "ky.",
  "la.",
  "md.",
  "mass.",
  "mich.",
  "minn.",
  "miss.",
  "mo.",
  "mont.",
  "neb.",
  "nebr.",
  "nev.",
  "n.h.",
  "n.j.",
  "n.m.",
  "n.y.",
  "n.c.",
  "n.d.",
  "okla.",
  "ore.",
  "pa.",
  "r.i.",
  "s.c.",
  "s.d.",
  "tenn.",
  "tex.",
  "va.",
  "vt.",
  "wash.",
  "wis.",
  "w.va.",
  "wyo.",
  "d.c.",
]);
/** A legislator's party and state: "D-N.Y.", "R-Texas", "I-Vt." (lower-cased by the tokenizer). */
const partyStateTag = /^[dri]-[a-z][a-z.]*$/;

/**
 * Whether a word (lower-cased, as the tokenizer gives it) is a US state abbreviation or a party-state tag, which
 * names no actor on its own: "Sen. Charles Schumer, D-N.Y., said", "the Newtown, Conn. shooting".
 *
 * @example usStateTag("conn.") // → true; usStateTag("d-n.y.") // → true; usStateTag("hamas") // → false
 */
export function usStateTag(norm: string): boolean {
  return stateAbbreviations.has(norm) || partyStateTag.test(norm);
}
