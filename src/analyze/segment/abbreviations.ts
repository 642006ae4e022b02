/**
 * Abbreviations a full stop does not end. Lower-case keys, without the final dot.
 *
 * `titles` come before a name and never end a sentence ("Sen. Rubio", "Gen. Milley").
 * `ambiguous` can end one ("…in Tallahassee, Fla. The governor…"): the sentence ends there only when the next
 * word is one that starts sentences (see `sentenceStarters`).
 */
const titleList = [
  "mr", "mrs", "ms", "mssrs", "messrs", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "govs", "gen", "lt", "col",
  "maj", "capt", "cpt", "cmdr", "cmdt", "adm", "brig", "sgt", "cpl", "pvt", "lieut", "rev", "fr", "hon", "pres",
  "supt", "insp", "amb", "atty", "det", "ft", "mt", "st", "ste", "no", "nos", "nr", "vol", "vols", "art", "fig", "ch",
  "p", "pp", "para", "op", "vs", "v", "cf", "approx", "dept", "est", "univ", "assn", "ave", "blvd", "rd", "gens",
];
const ambiguousList = [
  // months (a day number normally follows, which never starts a sentence anyway)
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  // U.S. states in AP style, as in "R-Fla." or "Tallahassee, Fla."
  "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md",
  "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash",
  "wis", "wyo", "wva", "nd", "sd", "nh", "nj", "nm", "ny", "nc", "sc", "ri",
  // company and name suffixes, Latin
  "inc", "corp", "co", "ltd", "llc", "plc", "bros", "jr", "sr", "esq", "etc", "al", "ie", "eg", "ca", "approx",
];

export const titles: ReadonlySet<string> = new Set(titleList);
export const ambiguous: ReadonlySet<string> = new Set(ambiguousList);

/**
 * Closed-class words that start sentences. After an ambiguous abbreviation, an initial or a dotted acronym
 * ("U.S."), a sentence ends only when one of these follows: "in the U.S. The president…" ends, "the U.S. Capitol" does not.
 */
export const sentenceStarters: ReadonlySet<string> = new Set([
  "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "this",
  "that", "these", "those", "there", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "after", "before",
  "when", "while", "if", "as", "since", "although", "though", "however", "meanwhile", "still", "also", "then",
  "what", "who", "why", "how", "where", "some", "many", "most", "both", "all", "no", "not", "one", "two", "three",
  "asked", "speaking", "according", "earlier", "later", "last", "next", "today", "yesterday", "officials",
  "during", "under", "with", "without", "from", "by", "to", "despite", "instead", "such", "each", "every", "other",
]);
