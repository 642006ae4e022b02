/** Cardinal words below a hundred. */
const small: ReadonlyMap<string, number> = new Map([
  ["zero", 0],
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
  ["thirteen", 13],
  ["fourteen", 14],
  ["fifteen", 15],
  ["sixteen", 16],
  ["seventeen", 17],
  ["eighteen", 18],
  ["nineteen", 19],
  ["twenty", 20],
  ["thirty", 30],
  ["forty", 40],
  ["fifty", 50],
  ["sixty", 60],
  ["seventy", 70],
  ["eighty", 80],
  ["ninety", 90],
]);

/** Multipliers a number word or a digit figure can carry ("1.2 million", "3bn", "€40m"). */
export const scales: ReadonlyMap<string, number> = new Map([
  ["hundred", 100],
  ["thousand", 1e3],
  ["million", 1e6],
  ["billion", 1e9],
  ["trillion", 1e12],
  ["k", 1e3],
  ["m", 1e6],
  ["mn", 1e6],
  ["mln", 1e6],
  ["b", 1e9],
  ["bn", 1e9],
  ["tn", 1e12],
  ["trn", 1e12],
]);

/** Denominators of spelled fractions ("a third", "two-thirds", "three quarters"). */
export const fractionDenominators: ReadonlyMap<string, number> = new Map([
  ["half", 2],
  ["halves", 2],
  ["third", 3],
  ["thirds", 3],
  ["quarter", 4],
  ["quarters", 4],
  ["fourth", 4],
  ["fourths", 4],
  ["fifth", 5],
  ["fifths", 5],
  ["sixth", 6],
  ["tenth", 10],
  ["tenths", 10],
]);

/** Words of a spelled cardinal, for building the figure pattern. */
export const cardinalWords: readonly string[] = [
  ...small.keys(),
  "hundred",
  "thousand",
  "million",
  "billion",
  "trillion",
  "dozen",
];

/**
 * The value of a spelled cardinal ("twenty-five", "two hundred and fifty", "a dozen", "three million"),
 * or null when the words do not form one.
 *
 * @example parseNumberWords("two hundred and fifty") // 250
 */
export function parseNumberWords(words: string): number | null {
  if (/^half\s+a\s+dozen$/iu.test(words.trim())) return 6;
  const parts = words
    .toLowerCase()
    .split(/[\s-]+/u)
    .filter((w) => w !== "" && w !== "and");
  if (parts.length === 0) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const [i, part] of parts.entries()) {
    if (part === "a" && i === 0) {
      current = 1;
      continue;
    }
    if (part === "dozen") {
      current = (current || 1) * 12;
      seen = true;
      continue;
    }
    const value = small.get(part);
    if (value !== undefined) {
      // "twenty five" joins a ten and a unit; "two three" is no number.
      const lastSmall = current % 100;
      if (lastSmall !== 0 && !(lastSmall % 10 === 0 && lastSmall >= 20 && value < 10)) return null;
      current += value;
      seen = true;
      continue;
    }
    const scale = scales.get(part);
    if (scale === undefined || part.length < 5) return null;
    current = (current || 1) * scale;
    if (scale >= 1e3) {
      total += current;
      current = 0;
    }
    seen = true;
  }
  return seen ? total + current : null;
}
