/**
 * The loaded-terms lexicon (data/framing/loaded-terms.yaml) against BASIL's phrase-level bias annotations: 480
 * lexical-bias spans (a word choice that carries the writer's judgement) and 1,246 informational-bias spans over 300
 * articles. Spans are located by their text in the article (BASIL's offsets are not article offsets).
 *
 * precision = lexicon matches inside a lexical-bias span / all lexicon matches (inside any bias span also shown);
 * recall = lexical-bias spans holding a lexicon match / all lexical-bias spans.
 *
 * Usage: npx tsx eval/discrepancies/loadedTerms.ts [--list]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { loadFramingLexicon } from "../../src/triangulate/align/loadedTerms.js";
import { sharedEval } from "./stories.js";

const Annotation = z.object({
  "phrase-level-annotations": z.array(z.object({ bias: z.string(), quote: z.string(), txt: z.string() })),
});
const ArticleFile = z.object({ "body-paragraphs": z.array(z.array(z.string())) });

interface Span {
  start: number;
  end: number;
  bias: string;
  quote: boolean;
}

/** Every occurrence of each annotated phrase in the text. */
function locate(text: string, phrases: readonly { bias: string; quote: string; txt: string }[]): Span[] {
  const spans: Span[] = [];
  for (const p of phrases) {
    const needle = p.txt.trim();
    if (needle === "") continue;
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1))
      spans.push({ start: at, end: at + needle.length, bias: p.bias, quote: p.quote === "yes" });
  }
  return spans;
}

/** Lexicon matches as framing finds them: a longer term covering a shorter one counts once. */
function matches(text: string): { term: string; start: number; end: number }[] {
  const found: { term: string; start: number; end: number }[] = [];
  for (const term of loadFramingLexicon().terms)
    for (const m of text.matchAll(new RegExp(term.pattern.source, term.pattern.flags))) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start <= start && end <= f.end)) continue;
      found.push({ term: term.term, start, end });
    }
  return found;
}

function main(): void {
  const root = join(sharedEval, "basil");
  let hits = 0;
  let inLexical = 0;
  let inAnyBias = 0;
  let lexicalSpans = 0;
  let lexicalFound = 0;
  let lexicalLocated = 0;
  const byTerm = new Map<string, { hits: number; inLexical: number }>();
  for (const year of readdirSync(join(root, "articles")).sort()) {
    for (const file of readdirSync(join(root, "articles", year)).sort()) {
      const article = ArticleFile.parse(JSON.parse(readFileSync(join(root, "articles", year, file), "utf8")));
      const annotation = Annotation.parse(
        JSON.parse(readFileSync(join(root, "annotations", year, file.replace(/\.json$/, "_ann.json")), "utf8")),
      );
      const text = article["body-paragraphs"].map((p) => p.join(" ")).join("\n\n");
      const phrases = annotation["phrase-level-annotations"];
      const spans = locate(text, phrases);
      const found = matches(text);
      for (const m of found) {
        const inside = (s: Span): boolean => s.start <= m.start && m.end <= s.end;
        const lexical = spans.some((s) => s.bias === "lex" && inside(s));
        hits += 1;
        if (lexical) inLexical += 1;
        if (spans.some(inside)) inAnyBias += 1;
        const entry = byTerm.get(m.term) ?? { hits: 0, inLexical: 0 };
        entry.hits += 1;
        if (lexical) entry.inLexical += 1;
        byTerm.set(m.term, entry);
        if (process.argv.includes("--list"))
          console.log(`${lexical ? "LEX" : "   "} ${m.term}: …${text.slice(Math.max(0, m.start - 50), m.end + 30)}…`);
      }
      for (const p of phrases.filter((x) => x.bias === "lex")) {
        lexicalSpans += 1;
        const located = locate(text, [p]);
        if (located.length > 0) lexicalLocated += 1;
        if (located.some((s) => found.some((m) => s.start <= m.start && m.end <= s.end))) lexicalFound += 1;
      }
    }
  }
  const pct = (a: number, b: number): string => (b === 0 ? "–" : `${((100 * a) / b).toFixed(1)}%`);
  console.log(`Loaded-terms lexicon against BASIL bias spans (300 articles)\n`);
  console.log(
    `lexicon matches: ${hits}; inside a lexical-bias span: ${inLexical} (precision ${pct(inLexical, hits)});`,
  );
  console.log(`inside any bias span (lexical or informational): ${inAnyBias} (${pct(inAnyBias, hits)})`);
  console.log(
    `lexical-bias spans: ${lexicalSpans} (${lexicalLocated} located in the text); holding a lexicon match: ` +
      `${lexicalFound} (recall ${pct(lexicalFound, lexicalSpans)})`,
  );
  console.log(
    `per term (matches / inside lexical span): ${[...byTerm.entries()]
      .sort((a, b) => b[1].hits - a[1].hits)
      .map(([t, e]) => `${t} ${e.hits}/${e.inLexical}`)
      .join(", ")}`,
  );
}

main();
