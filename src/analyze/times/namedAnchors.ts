import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";
import { parseDay } from "./calendar.js";
import type { Day } from "./calendar.js";
import type { Candidate } from "./candidate.js";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD");

const anchorSchema = z.object({
  id: z.string().min(1),
  value: isoDay,
  patterns: z.array(z.string().min(1)).min(1),
  context: z.array(z.string().min(1)).min(1),
  after: isoDay,
});

const anchorFileSchema = z.array(anchorSchema);

/** One named date with the conditions under which a phrase means it. */
export interface NamedAnchor {
  id: string;
  value: string;
  pattern: RegExp;
  context: RegExp;
  after: Day;
}

const escapeWord = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");

/** Parses and validates an anchors YAML document; throws with the failing field named (a config error). */
export function compileAnchors(source: string): NamedAnchor[] {
  const parsed = anchorFileSchema.safeParse(parse(source));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`anchors.yaml: ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data.map((a) => ({
    id: a.id,
    value: a.value,
    // The phrase must not run on into a year ("October 7, 2024") or a longer number.
    pattern: new RegExp(`(?<![\\w/])(?:${a.patterns.join("|")})(?![\\w/]|,?\\s+\\d{4}|-\\d)`, "g"),
    context: new RegExp(`\\b(?:${a.context.map(escapeWord).join("|")})\\b`, "i"),
    after: parseDay(a.after) ?? { year: 0, month: 1, day: 1 },
  }));
}

/** Our dictionary of named anchors; src/ and dist/ sit at the same depth below the package root. */
const anchorsFile = new URL("../../../data/times/anchors.yaml", import.meta.url);

function loadDefaultAnchors(): NamedAnchor[] {
  return compileAnchors(readFileSync(anchorsFile, "utf8"));
}

export const defaultAnchors: readonly NamedAnchor[] = loadDefaultAnchors();

const before = (a: Day, b: Day): boolean =>
  a.year * 10_000 + a.month * 100 + a.day < b.year * 10_000 + b.month * 100 + b.day;

/**
 * Named anchors in `text`: "October 7" in Israel–Hamas coverage published after 2023-10-07 is 2023-10-07.
 *
 * @example findAnchors("Since October 7, Hamas ...", { year: 2024, month: 1, day: 5 })[0]?.value // "2023-10-07"
 */
export function findAnchors(
  text: string,
  dct: Day | null,
  anchors: readonly NamedAnchor[] = defaultAnchors,
): Candidate[] {
  const out: Candidate[] = [];
  for (const anchor of anchors) {
    // The date first: it is free, and rules out the anchors named after the article was written.
    if (dct !== null && before(dct, anchor.after)) continue;
    anchor.pattern.lastIndex = 0;
    const present = anchor.pattern.test(text);
    anchor.pattern.lastIndex = 0;
    if (!present) continue;
    if (!anchor.context.test(text)) continue;
    for (const m of text.matchAll(anchor.pattern)) {
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        value: anchor.value,
        type: "DATE",
        precision: "day",
        evidence: "inferred",
        anchor: anchor.id,
        rule: "namedAnchor",
      });
    }
  }
  return out;
}
