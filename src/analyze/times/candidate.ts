import type { Evidence, TimePrecision } from "../../article.js";
import type { Day } from "./calendar.js";
import type { Tense } from "./tense.js";

/** TimeML's four TIMEX3 types. */
export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

export type Precision = TimePrecision;

/** A temporal expression found by one rule or by chrono, before overlaps are resolved. */
export interface Candidate {
  start: number;
  end: number;
  value: string;
  type: TimexType;
  precision: Precision;
  evidence: Evidence;
  /** What the value was resolved against: "publication", a named anchor's id, or absent when absolute. */
  anchor?: string;
  /** Which rule produced it (for debugging and the eval's error listing). */
  rule: string;
  /** Endpoints of an interval ("from 2017 to July 2024"). */
  parts?: Candidate[];
  /** Set when the value should rather follow a date mentioned earlier in the narrative ("the following year"). */
  anaphor?: Anaphor;
}

/** A date the text mentions, as a reference for the anaphoric expressions after it. */
export interface Reference {
  day: Day;
  precision: Precision;
  /** Where the mention starts in the text. */
  at: number;
}

/**
 * How an expression reads against the narrative's reference time (TimeML's anchor, HeidelTime's
 * "last mentioned date"): `phrase` is anaphoric by its words ("that day", "the following year");
 * `shift` counts from the event just told ("two days later"); `clock` is a time of day with no date.
 * `resolve` returns null when the reference is too coarse ("that day" after "in 1998").
 */
export interface Anaphor {
  kind: "phrase" | "shift" | "clock";
  resolve(reference: Reference): string | null;
}

/** What every rule can see: the text, the publication day, and the tense around a span. */
export interface RuleContext {
  readonly text: string;
  /** Publication day; null when the article has no date (relative expressions then stay unresolved). */
  readonly dct: Day | null;
  tenseAt(start: number, end: number): Tense;
}

/** A named pattern plus how to turn one match into candidates. Patterns must be global (`g`) regexes. */
export interface Rule {
  readonly name: string;
  readonly pattern: RegExp;
  /**
   * A cheap test that every match of `pattern` passes (a word each match must hold, same case flag): a window it
   * fails is skipped without running `pattern`. Most windows hold none of a rule's words, so this saves most of the
   * stage's regex time; the output is the same (rules.test.ts checks each cue against every match of its rule).
   */
  readonly cue?: RegExp;
  resolve(match: RegExpExecArray, ctx: RuleContext): Candidate | null;
}

/** A candidate covering the whole match, inferred from the publication date unless told otherwise. */
export function fromMatch(
  rule: string,
  match: RegExpExecArray,
  value: string,
  type: TimexType,
  precision: Precision,
  anchored = true,
): Candidate {
  const c: Candidate = {
    start: match.index,
    end: match.index + match[0].length,
    value,
    type,
    precision,
    evidence: anchored ? "inferred" : "stated",
    rule,
  };
  if (anchored) c.anchor = "publication";
  return c;
}
