/** Shared vocabulary for the temporal rules: number words, calendar units, month and weekday names. */

const smallNumbers: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  "a hundred": 100,
  "a dozen": 12,
  dozen: 12,
  "a couple of": 2,
  "a couple": 2,
  "couple of": 2,
  "one and a half": 1.5,
  "a half": 0.5,
  half: 0.5,
};

/** Amounts with no number: "several years" becomes `PXY`. */
const vagueAmounts = new Set([
  "several",
  "few",
  "a few",
  "many",
  "some",
  "numerous",
  "countless",
  "dozens of",
  "hundreds of",
]);

/** Source text of a number written in digits or words ("10", "two", "twenty-five", "a few"). */
export const amountSource =
  "\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one and a half|a couple of|a couple|couple of|a dozen|a hundred|a half|a few|dozens of|hundreds of|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|several|few|many|numerous|an|a";

/** The number an amount names; null when vague ("several"). */
export function amountValue(raw: string): number | null {
  const s = raw.toLowerCase();
  if (vagueAmounts.has(s)) return null;
  if (/^\d/.test(s)) return Number(s);
  const direct = smallNumbers[s];
  if (direct !== undefined) return direct;
  const [tens, ones] = s.split("-");
  const t = tens === undefined ? undefined : smallNumbers[tens];
  const o = ones === undefined ? undefined : smallNumbers[ones];
  return t !== undefined && o !== undefined ? t + o : null;
}

export type Unit =
  | "second"
  | "minute"
  | "hour"
  | "day"
  | "night"
  | "week"
  | "weekend"
  | "month"
  | "quarter"
  | "year"
  | "decade"
  | "century";

/** Source text of a calendar unit, singular or plural ("years", "centuries"). */
export const unitSource = "second|minute|hour|day|night|week|month|quarter|year|decade|centur(?:y|ies)";

export function unitOf(raw: string): Unit {
  const s = raw.toLowerCase();
  if (s.startsWith("centur")) return "century";
  return s.replace(/s$/, "") as Unit;
}

/** ISO 8601 duration of `n` units; `n` null gives TimeML's vague `X` ("PXY"). */
export function durationValue(n: number | null, unit: Unit): string {
  const count = n === null ? "X" : formatCount(n, unit);
  switch (unit) {
    case "second":
      return `PT${count}S`;
    case "minute":
      return `PT${count}M`;
    case "hour":
      return `PT${count}H`;
    case "day":
    case "night":
      return `P${count}D`;
    case "week":
      return `P${count}W`;
    case "weekend":
      return "P2D";
    case "month":
      return `P${count}M`;
    case "quarter":
      return `P${count}Q`;
    case "year":
      return `P${count}Y`;
    case "decade":
      return n === null ? "PXDE" : `P${n * 10}Y`;
    case "century":
      return n === null ? "PXCE" : `P${n * 100}Y`;
  }
}

function formatCount(n: number, unit: Unit): string {
  if (Number.isInteger(n)) return String(n);
  // "a half year" is P6M; other fractions keep the decimal (ISO 8601 allows one on the smallest unit).
  if (unit === "year" && Number.isInteger(n * 12)) return String(n * 12);
  return String(n);
}

export const monthNames = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** Month names and their dotted abbreviations ("Sept.", "Oct."). "May" is included; rules guard it. */
export const monthSource =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";

export function monthOf(raw: string): number {
  const key = raw.toLowerCase().slice(0, 3);
  return monthNames.findIndex((m) => m.startsWith(key)) + 1;
}

export const weekdayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

export const weekdaySource = "Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday";

export function weekdayOf(raw: string): number {
  return weekdayNames.indexOf(raw.toLowerCase());
}

export type PartOfDay = "MO" | "AF" | "EV" | "NI" | "DT";

export const partOfDaySource = "morning|afternoon|evening|night|overnight";

export function partOfDayOf(raw: string): PartOfDay {
  const s = raw.toLowerCase();
  if (s === "morning") return "MO";
  if (s === "afternoon") return "AF";
  if (s === "evening") return "EV";
  return "NI";
}
