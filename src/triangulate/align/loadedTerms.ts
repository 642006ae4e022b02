/** The owned lexicon of loaded terms and tone words (data/framing/loaded-terms.yaml). */

import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";

const fileSchema = z.object({
  terms: z.array(z.object({ term: z.string().min(1), note: z.string().min(1) })),
  tone: z.object({ positive: z.array(z.string().min(1)), negative: z.array(z.string().min(1)) }),
});

export interface LoadedTerm {
  term: string;
  note: string;
  /** Whole-word, case-insensitive pattern for the term. */
  pattern: RegExp;
}

export interface FramingLexicon {
  terms: readonly LoadedTerm[];
  positive: ReadonlySet<string>;
  negative: ReadonlySet<string>;
}

const defaultFile = new URL("../../../data/framing/loaded-terms.yaml", import.meta.url);
let cached: FramingLexicon | null = null;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function termPattern(term: string): RegExp {
  const wildcard = term.endsWith("*");
  const body = escape(wildcard ? term.slice(0, -1) : term).replace(/ /g, "\\s+");
  return new RegExp(`\\b${body}${wildcard ? "[\\p{L}-]*" : "\\b"}`, "giu");
}

/**
 * Reads and validates the framing lexicon. Throws naming the field when the file is malformed (misuse, not text).
 *
 * @example loadFramingLexicon().terms.find((t) => t.term === "massacre")?.note
 */
export function loadFramingLexicon(file?: URL | string): FramingLexicon {
  if (file === undefined && cached !== null) return cached;
  const parsed = fileSchema.safeParse(parse(readFileSync(file ?? defaultFile, "utf8")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `framing lexicon ${String(file ?? "data/framing/loaded-terms.yaml")}: ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "invalid"} — fix the entry and rerun`,
    );
  }
  const lexicon: FramingLexicon = {
    terms: parsed.data.terms.map((t) => ({ ...t, pattern: termPattern(t.term.toLowerCase()) })),
    positive: new Set(parsed.data.tone.positive.map((w) => w.toLowerCase())),
    negative: new Set(parsed.data.tone.negative.map((w) => w.toLowerCase())),
  };
  if (file === undefined) cached = lexicon;
  return lexicon;
}
