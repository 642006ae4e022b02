/** Whether two names can be one person across articles, whose actor ids are resolved per article. */

/** Titles and honorifics that come before a name ("Sen.", "President"). */
const titleWord =
  /^(?:mr|mrs|ms|dr|sen|rep|gov|gen|col|lt|sgt|president|senator|representative|governor|minister|secretary|judge|justice|chief|prime|deputy|vice|mayor|sir|lord|lady|the)\.?$/i;
/** Generational suffixes after a surname. */
const suffixWord = /^(?:jr|sr|ii|iii|iv)\.?$/i;
/** A middle initial ("J."). */
const initial = /^\p{L}\.$/u;

/** The name's words without titles, initials and suffixes, lower-cased. */
export function nameWords(name: string): string[] {
  return name
    .normalize("NFC")
    .split(/[\s,]+/)
    .filter((w) => w !== "" && !titleWord.test(w) && !suffixWord.test(w) && !initial.test(w))
    .map((w) => w.toLowerCase().replace(/[’']s$/, ""));
}

/**
 * Same surname, and given names that do not disagree: "Obama" ~ "Barack Obama", "Donald J. Trump" ~ "Donald Trump";
 * not "Hillary Clinton" ~ "Bill Clinton". Names without a capitalised word (a description) never match.
 *
 * @example sameName("Sen. Paul D. Ryan", "Paul Ryan") // true
 */
export function sameName(a: string | null, b: string | null): boolean {
  if (a === null || b === null || !/\p{Lu}/u.test(a) || !/\p{Lu}/u.test(b)) return false;
  const wa = nameWords(a);
  const wb = nameWords(b);
  const lastA = wa.at(-1);
  const lastB = wb.at(-1);
  if (lastA === undefined || lastA !== lastB) return false;
  const givenA = wa.slice(0, -1);
  const givenB = wb.slice(0, -1);
  if (givenA.length === 0 || givenB.length === 0) return true;
  return givenA[0] === givenB[0];
}
