import type { Span } from "../../article.js";
import { cardinalWords, fractionDenominators, parseNumberWords, scales } from "./numberWords.js";
import { allMatches } from "../allMatches.js";

/** How a figure reads: a count of things, an amount of money, or a share. */
export type FigureKind = "count" | "money" | "percent";

/** A number as written, before we know what it counts. Offsets cover the qualifier, currency and percent sign. */
export interface Figure extends Span {
  /** Offsets of the number itself, without its qualifier. */
  coreStart: number;
  quantity: number;
  high: number | null;
  kind: FigureKind;
  currency: string | null;
  qualifier: string | null;
  /** Vague amounts and fractions name their counted thing after "of" ("hundreds of", "a third of"). */
  needsOf: boolean;
  /** Spelled out in words ("three", "a dozen"), not digits. */
  spelled: boolean;
  /** A bare four-digit number without separators (a year unless a qualifier or currency says otherwise). */
  bareFourDigits: boolean;
  /** The scale suffix was a bare letter ("40m", "5k"), which only money makes a figure. */
  letterScale: boolean;
  /** Range joined by a hyphen or dash ("30-40"), which may also be a score or vote tally ("7-3"). */
  dashRange: boolean;
}

const cardinal = `(?:${cardinalWords.join("|")})`;

/** Digits with thousands separators (commas, or no-break/thin/plain spaces), optional decimals. */
const digitsSource = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?![\d,])|\d+(?:\.\d+)?)`;
/** A multiplier after digits: "1.2 million", "3bn", "€40m". */
const scaleSource = String.raw`(?:[\s-]?(?:hundred|thousand|million|billion|trillion)\b|\s?(?:mn|mln|bn|tn|trn)\b|(?:m|b|k)\b)`;
/** A currency sign or code before the amount. */
const symbolSource = String.raw`(?:US\$|A\$|C\$|HK\$|\$|€|£|¥|₪|₹|₽|(?:USD|EUR|GBP|NIS|ILS)\s?)`;
const spelledSource = String.raw`(?:half\s+a\s+dozen|(?:a\s+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?${cardinal}(?:(?:(?<=hundred)\s+and\s+|[\s-]+)${cardinal}\b)*)`;
const amountSource = `(?:${symbolSource}?${digitsSource}${scaleSource}?|\\b${spelledSource}\\b)`;

/** A currency name after the amount ("3 billion dollars", "hundreds of millions of dollars"). */
const currencyWordSource = String.raw`(?:\s+of)?\s+(?:US\s+|U\.S\.\s+)?(?:dollars|euros|pounds\s+sterling|shekels|yen|yuan|rubles|roubles|rupees|riyals|dirhams|pesos)\b`;
/**
 * Words joining a range: "and" only after "between" ("between 30 and 40"); "to" not after "from", which
 * reports a change ("rose from 30 to 40"), not a range.
 */
const rangeWordSource = String.raw`(?<=\bbetween\s+(?:\S+\s+){0,2}\S+)\s+and\s+|(?<!\bfrom\s+(?:\S+\s+){0,2}\S+)\s+to\s+|\s+or\s+`;
const percentSource = String.raw`\s?(?:%|per\s?cent\b|percent\b|percentage\s+points?\b|pct\b)`;

/**
 * Every written number that may be a figure, leftmost-longest: vague amounts ("tens of thousands of"),
 * fractions ("two-thirds of"), ratios ("one in five"), then digits or spelled cardinals with an optional range,
 * currency and percent. Numbers inside words, codes and identifiers ("F-16", "COVID-19", "G20", "9/11", "10:30",
 * "2nd", "1990s") never match.
 */
export const figurePattern = new RegExp(
  "(?:" +
    [
      String.raw`\b(?<vague>(?:tens|hundreds|thousands|millions|billions|dozens|scores)(?:\s+of\s+(?:thousands|millions|billions))*(?=\s+of\b)|(?:several|a\s+few)\s+(?:hundred|thousand|million|billion|dozen)\b)`,
      String.raw`\b(?<fraction>(?:a|one|two|three|four|nine)[\s-]+(?:half|thirds?|quarters?|fifths?|tenths?)|half)\b(?=\s+(?:of|the)\b)`,
      String.raw`\b(?<ratio>one\s+(?:in|out\s+of)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten))\b`,
      String.raw`(?<![\p{L}\p{N}_.,/:$€£¥₪₹₽'’+#-])(?<lo>${amountSource})(?<lopct>${percentSource})?` +
        String.raw`(?:(?<join>\s*[-–]\s*|${rangeWordSource})(?<hi>${amountSource}))?` +
        String.raw`(?![\p{L}\p{N}]|[/:.,]\p{N})`,
    ].join("|") +
    `)(?<cur>${currencyWordSource})?(?<pct>${percentSource})?`,
  "giu",
);

/** The same pattern, anchored where a trigger says a figure may start. */
const figureAt = new RegExp(figurePattern.source, "yiu");

/**
 * Characters and words every figure contains. Scanning for them first and trying the full pattern only around
 * them keeps the stage fast: most of an article holds no number at all. No `u` flag: ASCII \b and \d are what we
 * want here, and the pattern runs three times faster without it.
 */
const triggerPattern = new RegExp(
  String.raw`[\d$€£¥₪₹₽]|\b(?:${cardinalWords.join("|")}|half|thirds?|quarters?|fifths?|tenths?|tens|dozens|scores|hundreds|thousands|millions|billions|several|few)\b`,
  "gi",
);
/** How far before a trigger a figure can start: "USD 5", "US$5", "a third". */
const triggerReach = 4;

/** Full-pattern matches, leftmost first, tried only near triggers. */
function* figureMatches(text: string): Generator<RegExpExecArray> {
  let lastEnd = 0;
  for (const t of allMatches(triggerPattern, text)) {
    if (t.index < lastEnd) continue;
    for (let at = Math.max(lastEnd, t.index - triggerReach); at <= t.index; at++) {
      figureAt.lastIndex = at;
      const m = figureAt.exec(text);
      if (m === null || at + m[0].length <= t.index) continue;
      lastEnd = at + m[0].length;
      yield m;
      break;
    }
  }
}

const currencyBySymbol: ReadonlyMap<string, string> = new Map([
  ["$", "USD"],
  ["us$", "USD"],
  ["a$", "AUD"],
  ["c$", "CAD"],
  ["hk$", "HKD"],
  ["€", "EUR"],
  ["£", "GBP"],
  ["¥", "JPY"],
  ["₪", "ILS"],
  ["₹", "INR"],
  ["₽", "RUB"],
  ["usd", "USD"],
  ["eur", "EUR"],
  ["gbp", "GBP"],
  ["nis", "ILS"],
  ["ils", "ILS"],
  ["dollars", "USD"],
  ["euros", "EUR"],
  ["sterling", "GBP"],
  ["shekels", "ILS"],
  ["yen", "JPY"],
  ["yuan", "CNY"],
  ["rubles", "RUB"],
  ["roubles", "RUB"],
  ["rupees", "INR"],
  ["riyals", "SAR"],
  ["dirhams", "AED"],
  ["pesos", "MXN"],
]);

/** Leading currency sign or code of an amount. */
const leadingSymbol = new RegExp(`^${symbolSource}`, "iu");
const trailingScale = new RegExp(`${scaleSource}$`, "iu");
const vagueUnits: ReadonlyMap<string, number> = new Map([
  ["tens", 10],
  ["dozens", 12],
  ["scores", 20],
  ["hundreds", 100],
  ["thousands", 1e3],
  ["millions", 1e6],
  ["billions", 1e9],
]);

interface Amount {
  value: number;
  currency: string | null;
  spelled: boolean;
  letterScale: boolean;
  /** Carries its own multiplier ("40 million"), so a bare low bound borrows it ("30 to 40 million"). */
  scale: number;
  bareFourDigits: boolean;
}

/** Value of one amount ("$1.2bn", "64,000", "two hundred"), or null when the words are not a number. */
function readAmount(source: string): Amount | null {
  let rest = source.trim();
  let currency: string | null = null;
  const symbol = leadingSymbol.exec(rest);
  if (symbol !== null) {
    currency = currencyBySymbol.get(symbol[0].trim().toLowerCase()) ?? null;
    rest = rest.slice(symbol[0].length);
  }
  if (!/^\d/u.test(rest)) {
    const value = parseNumberWords(rest);
    return value === null
      ? null
      : { value, currency, spelled: true, letterScale: false, scale: 1, bareFourDigits: false };
  }
  let scale = 1;
  let letterScale = false;
  const scaleMatch = trailingScale.exec(rest);
  if (scaleMatch !== null) {
    const word = scaleMatch[0]
      .replace(/^[\s-]/u, "")
      .trim()
      .toLowerCase();
    scale = scales.get(word) ?? 1;
    letterScale = word.length === 1;
    rest = rest.slice(0, scaleMatch.index);
  }
  const digits = rest.replace(/[,\s\u00a0\u202f]/gu, "");
  const value = Number(digits) * scale;
  if (!Number.isFinite(value)) return null;
  const bareFourDigits = /^\d{4}$/u.test(rest) && scale === 1;
  return { value: round(value), currency, spelled: false, letterScale, scale, bareFourDigits };
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function fractionValue(words: string): number | null {
  const parts = words.toLowerCase().split(/[\s-]+/u);
  const denominator = fractionDenominators.get(parts.at(-1) ?? "");
  if (denominator === undefined) return null;
  const numerator = parts.length === 1 ? 1 : parts[0] === "a" ? 1 : parseNumberWords(parts[0] ?? "");
  return numerator === null ? null : round((numerator / denominator) * 100);
}

/** The low and high bounds of a vague amount: "hundreds of" → 200–999, "tens of thousands of" → 20,000–99,999. */
function vagueValue(words: string): { low: number; high: number } | null {
  const lower = words.toLowerCase();
  const few = /^(several|a\s+few)\s+(\w+)/u.exec(lower);
  if (few !== null) {
    const unit = few[2] === "dozen" ? 12 : (scales.get(few[2] ?? "") ?? 1);
    return { low: (few[1] === "several" ? 3 : 2) * unit, high: 9 * unit };
  }
  let unit = 1;
  for (const word of lower.split(/\s+of\s+/u)) unit *= vagueUnits.get(word) ?? 1;
  return { low: 2 * unit, high: unit === 12 ? 99 : 10 * unit - 1 };
}

/** A figure for one amount, or a range of two. Built field by field: spreading `base` here cost more than the rest. */
function amountFigure(
  base: Omit<Figure, "quantity" | "high" | "kind" | "currency">,
  lo: Amount,
  hi: Amount | null,
  at: { start: number; end: number; percent: boolean; currency: string | null },
  dashRange = base.dashRange,
  quantity = lo.value,
): Figure {
  return {
    start: at.start,
    end: at.end,
    coreStart: at.start,
    qualifier: base.qualifier,
    needsOf: base.needsOf,
    spelled: lo.spelled,
    bareFourDigits: lo.bareFourDigits,
    letterScale: lo.letterScale || (hi?.letterScale ?? false),
    dashRange,
    quantity,
    high: hi === null ? null : hi.value,
    kind: at.percent ? "percent" : at.currency !== null ? "money" : "count",
    currency: at.currency,
  };
}

/**
 * Finds the written numbers of a text with their values, ranges, currency and percent, and the figure pattern's
 * own exclusions (identifiers, ordinals, clock times). Qualifiers and what is counted come later.
 *
 * @example findFigures("more than $3 billion")[0] // { quantity: 3e9, kind: "money", currency: "USD", … }
 */
export function findFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const m of figureMatches(text)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    const currencyWord = g["cur"]?.trim().split(/\s+/u).at(-1)?.toLowerCase();
    const wordCurrency = currencyWord === undefined ? null : (currencyBySymbol.get(currencyWord) ?? null);
    const percent = g["pct"] !== undefined || g["lopct"] !== undefined;
    const base = {
      start,
      end,
      coreStart: start,
      qualifier: null,
      needsOf: false,
      spelled: true,
      bareFourDigits: false,
      letterScale: false,
      dashRange: false,
    };
    if (g["vague"] !== undefined) {
      const bounds = vagueValue(g["vague"]);
      if (bounds === null) continue;
      figures.push({
        ...base,
        quantity: bounds.low,
        high: bounds.high,
        kind: wordCurrency !== null ? "money" : "count",
        currency: wordCurrency,
        // The vague words are the qualifier: quantity and high only bound them.
        qualifier: g["vague"].toLowerCase().replace(/\s+/gu, " "),
        needsOf: wordCurrency === null && !/^(several|a few)/iu.test(g["vague"]),
      });
      continue;
    }
    if (g["fraction"] !== undefined || g["ratio"] !== undefined) {
      const words = g["fraction"] ?? g["ratio"] ?? "";
      const ratio = /^one\s+(?:in|out\s+of)\s+(\S+)$/iu.exec(words);
      const denominator =
        ratio === null ? null : /^\d+$/u.test(ratio[1] ?? "") ? Number(ratio[1]) : parseNumberWords(ratio[1] ?? "");
      const value = ratio === null ? fractionValue(words) : denominator ? round(100 / denominator) : null;
      if (value === null) continue;
      figures.push({ ...base, quantity: value, high: null, kind: "percent", currency: null, needsOf: ratio === null });
      continue;
    }
    const lo = g["lo"] === undefined ? null : readAmount(g["lo"]);
    if (lo === null) continue;
    const hi = g["hi"] === undefined ? null : readAmount(g["hi"]);
    const join = g["join"] ?? "";
    const dashRange = /[-–]/u.test(join);
    // "46 percent to 35 percent", "down 0.5 percent to 2,121.65", "from 30 to 20": two figures, not a range.
    const twoFigures =
      hi !== null && !dashRange && (hi.value <= lo.value || (g["lopct"] !== undefined && g["pct"] === undefined));
    if (twoFigures) {
      const loEnd = start + (g["lo"] ?? "").length + (g["lopct"] ?? "").length;
      const hiStart = loEnd + join.length;
      const loPercent = g["lopct"] !== undefined || (g["pct"] !== undefined && g["lopct"] === undefined);
      figures.push(amountFigure(base, lo, null, { start, end: loEnd, percent: loPercent, currency: lo.currency }));
      const hiPercent = g["pct"] !== undefined;
      figures.push(
        amountFigure(base, hi, null, {
          start: hiStart,
          end,
          percent: hiPercent,
          currency: hi.currency ?? wordCurrency,
        }),
      );
      continue;
    }
    let low = lo.value;
    // "30 to 40 million", "$3-4 billion": a bare low bound takes the high bound's multiplier.
    if (hi !== null && lo.scale === 1 && hi.scale > 1 && lo.value < hi.value / hi.scale + 1e-9)
      low = round(lo.value * hi.scale);
    const currency = lo.currency ?? hi?.currency ?? wordCurrency;
    figures.push(amountFigure(base, lo, hi, { start, end, percent, currency }, dashRange, low));
  }
  return figures;
}
