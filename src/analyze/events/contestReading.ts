import type { VerbPattern } from "./eventDictionary.js";
import type { Word } from "./tokenizeSentence.js";

/** Verbs of force that also report who won a game: "Japan beat Germany", "Brazil crushed Chile 4-0". */
const winningVerbs = new Set([
  "beat",
  "defeat",
  "crush",
  "thrash",
  "rout",
  "hammer",
  "trounce",
  "overpower",
  "down",
  "edge",
  "stun",
  "batter",
  "pound",
]);

/** Words that place a sentence in sport. */
const sportWords = new Set([
  "cup",
  "match",
  "matches",
  "game",
  "games",
  "final",
  "finals",
  "semifinal",
  "semi-final",
  "semifinals",
  "semi-finals",
  "quarterfinal",
  "quarter-final",
  "quarterfinals",
  "quarter-finals",
  "tournament",
  "league",
  "championship",
  "championships",
  "olympics",
  "olympic",
  "goal",
  "goals",
  "innings",
  "wickets",
  "penalty",
  "penalties",
  "medal",
  "derby",
  "fixture",
  "qualifier",
  "playoff",
  "play-off",
  "playoffs",
  "striker",
  "goalkeeper",
  "friendly",
  "scored",
  "stadium",
]);

/** A score's number: the "2" and "1" of "2-1". */
const scoreNumber = /^\d{1,3}$/;
/** The full stop a sentence's last word may keep: "in the World Cup." */
const trailingStop = /[.!?]+$/;

/** Whether a scoreline starts at `j`: "2-1", "4 – 0" (one token or three). */
function scoreAt(words: readonly Word[], j: number): boolean {
  const w = words[j]?.norm ?? "";
  if (/^\d{1,3}[-–]\d{1,3}$/.test(w)) return true;
  const dash = words[j + 1]?.norm;
  return scoreNumber.test(w) && (dash === "-" || dash === "–") && scoreNumber.test(words[j + 2]?.norm ?? "");
}

/** What "take control of" may govern that is no ground: "took control of the ball", "of the company". */
const controlledThings = new Set([
  "ball",
  "game",
  "match",
  "possession",
  "proceedings",
  "race",
  "company",
  "firm",
  "board",
  "finances",
  "budget",
  "narrative",
  "agenda",
  "debate",
  "party",
  "situation",
  "destiny",
  "future",
  "lives",
  "life",
]);

/** What "take over" may govern that is no ground: an office, a role or a business. */
const officesAndFirms = new Set([
  "presidency",
  "chairmanship",
  "chair",
  "helm",
  "leadership",
  "post",
  "role",
  "job",
  "duties",
  "reins",
  "premiership",
  "portfolio",
  "command",
  "management",
  "running",
  "company",
  "firm",
  "bank",
  "business",
  "airline",
  "club",
  "team",
  "stake",
]);

/** Words of a noun phrase before its head: articles, possessives, names of the holder ("the rotating EU"). */
const maxObjectWords = 4;
const phraseBreakers = new Set([",", ";", ":", ".", "(", ")", "and", "but", "in", "on", "at", "from", "after", "with"]);

/**
 * Whether a pattern of force or seizure is a game won or an office or business taken: "Japan beat Germany in the
 * World Cup", "took control of the ball", "France took over the EU presidency". `stop` is one past the pattern's
 * last word.
 *
 * @example contestReading(words("Japan beat Germany 2-1 in the final"), pattern "beat" → 182, 2) // → true
 */
export function contestReading(words: readonly Word[], pattern: VerbPattern, stop: number): boolean {
  const root = pattern.code.slice(0, 2);
  if (!["18", "19", "20"].includes(root)) return false;
  if (winningVerbs.has(pattern.lemma) && pattern.literals === 0) {
    return words.some((w, j) => sportWords.has(w.norm.replace(trailingStop, "")) || scoreAt(words, j));
  }
  if (pattern.lemma !== "take" && pattern.lemma !== "seize") return false;
  const literals = pattern.elements.flatMap((e) => (e.kind === "words" ? [...e.words] : []));
  if (literals.includes("control")) {
    return words[stop]?.norm === "of" && objectHead(words, stop + 1, controlledThings);
  }
  if (literals.includes("over")) return objectHead(words, stop, officesAndFirms);
  return false;
}

/** Whether a noun of `nouns` heads the noun phrase starting at `from`, within a few words. */
function objectHead(words: readonly Word[], from: number, nouns: ReadonlySet<string>): boolean {
  for (let j = from; j < words.length && j < from + maxObjectWords; j++) {
    const w = (words[j] as Word).norm;
    if (nouns.has(w)) return true;
    if (phraseBreakers.has(w)) return false;
  }
  return false;
}
