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
  "\\d+\\s+1/2|\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one and a half|a couple of|a couple|couple of|a dozen|a hundred|a half|a few|dozens of|hundreds of|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|several|few|many|numerous|an|a";

/** "2 1/2": a whole number and a half, as news agencies write it. */
const halfPattern = /^(\d+)\s+1\/2$/;

/** The number an amount names; null when vague ("several"). */
export function amountValue(raw: string): number | null {
  const s = raw.toLowerCase();
  if (vagueAmounts.has(s)) return null;
  const half = halfPattern.exec(s);
  if (half) return Number(half[1]) + 0.5;
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

/** ISO 8601 duration of `n` units; `n` null gives TimeML's vague `X` ("PXY"); "2 1/2 years" is `P2Y6M`. */
export function durationValue(n: number | null, unit: Unit): string {
  if (n !== null && !Number.isInteger(n)) {
    const fraction = fractionalDuration(n, unit);
    if (fraction !== null) return fraction;
  }
  const count = n === null ? "X" : String(n);
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

/** The next smaller unit and how many of it make one: a fraction is written in whole smaller units. */
const smallerUnits: Partial<Record<Unit, [string, number, boolean]>> = {
  year: ["M", 12, false],
  month: ["D", 30, false],
  week: ["D", 7, false],
  day: ["H", 24, true],
  hour: ["M", 60, true],
  minute: ["S", 60, true],
};

const unitLetters: Partial<Record<Unit, string>> = {
  year: "Y",
  month: "M",
  week: "W",
  day: "D",
  hour: "H",
  minute: "M",
};

/** "2.5 years" → `P2Y6M`, "5 1/2 hours" → `PT5H30M`, "half a day" → `PT12H`; null when it does not come out whole. */
function fractionalDuration(n: number, unit: Unit): string | null {
  const smaller = smallerUnits[unit];
  const letter = unitLetters[unit];
  if (smaller === undefined || letter === undefined) return null;
  const [smallLetter, per, smallIsTime] = smaller;
  const whole = Math.floor(n);
  const rest = Math.round((n - whole) * per * 1000) / 1000;
  if (!Number.isInteger(rest)) return null;
  const bigIsTime = unit === "hour" || unit === "minute";
  const big = whole > 0 ? `${whole}${letter}` : "";
  if (bigIsTime) return `PT${big}${rest}${smallLetter}`;
  return smallIsTime ? `P${big}T${rest}${smallLetter}` : `P${big}${rest}${smallLetter}`;
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

const onesSource = "one|two|three|four|five|six|seven|eight|nine";
const teensSource = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
const tensSource = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

/** A year said in words, as broadcast transcripts write it: "nineteen ninety-four", "two thousand and one". */
export const spokenYearSource = `(?:eighteen|nineteen)[\\s-]+(?:(?:${tensSource})(?:[\\s-](?:${onesSource}))?|${teensSource}|hundred|oh[\\s-](?:${onesSource}))|two thousand(?:[\\s-]+(?:and[\\s-]+)?(?:${teensSource}|${onesSource}))?`;

/** The number a spoken year names ("nineteen ninety-four" → 1994), or null. */
export function spokenYearValue(raw: string): number | null {
  const words = raw
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w !== "and" && w !== "oh");
  if (words[0] === "two" && words[1] === "thousand") {
    const rest = words.slice(2).reduce((n, w) => n + (smallNumbers[w] ?? 0), 0);
    return 2000 + rest;
  }
  const century = smallNumbers[words[0] ?? ""];
  if (century === undefined) return null;
  const rest = words.slice(1).reduce((n, w) => n + (w === "hundred" ? 0 : (smallNumbers[w] ?? 0)), 0);
  return century * 100 + rest;
}
