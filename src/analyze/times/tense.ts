import { allMatches } from "../allMatches.js";

/** The grammatical time a clause points to, as far as its verbs show. */
export type Tense = "past" | "present" | "future" | "unknown";

/** Markers that put a clause in the future: modals, "going to", "scheduled to", "plans to". */
const futureMarkerPattern =
  /\b(?:will|won't|wo n't|shall|'ll|going to|plans? to|planned to|planning to|scheduled|as soon as|expected to|set to|due to (?!the\b)|intends? to|is to|are to|would)\b/gi;

/** Irregular past forms common in news narration. */
const irregularPastPattern =
  /\b(?:was|were|had|did|said|told|met|went|came|took|made|gave|held|saw|won|lost|began|left|sent|spoke|wrote|fell|rose|hit|put|set|got|led|ran|paid|sold|bought|brought|thought|found|kept|heard|felt|fought|struck|stood|became|broke|chose|drove|flew|grew|knew|quit|shot|shut|spent|threw|understood|woke|wore|beat|bid|cut|let|read|cast|hurt)\b/gi;

/** Regular past (-ed); the exclusions are common words that only look like it. */
const regularPastPattern =
  /\b(?!(?:hundred|indeed|speed|need|seed|feed|breed|creed|greed|bed|red|shed|embed|proceed|exceed|succeed|naked|wicked|sacred|bred)\b)[a-z]{2,}ed\b/gi;

/** Present forms used for ongoing states ("says", "is", "are"). */
const presentMarkerPattern = /\b(?:is|are|am|says|say|has|have|does|do|remains?|continues?)\b/gi;

const clauseBreakPattern = /[.!?;]\s|\n/g;
/** How far either side of an expression its clause is read. */
const reach = 200;

interface Marker {
  tense: Tense;
  /** Characters between the marker and the expression. */
  distance: number;
  /** Whether the marker comes before the expression. */
  left: boolean;
  /** Offset of the marker in the window. */
  at: number;
}

function markersIn(window: string, offset: number, spanLength: number, pattern: RegExp, tense: Tense): Marker[] {
  const out: Marker[] = [];
  for (const m of allMatches(pattern, window)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end <= offset) out.push({ tense, distance: offset - end, left: true, at: start });
    else if (start >= offset + spanLength)
      out.push({ tense, distance: start - (offset + spanLength), left: false, at: start });
  }
  return out;
}

/** Finite past forms or punctuation that start a new verb group after a modal ("will say he was"). */
const finitePastPattern = /\b(?:was|were|had|did|said|told)\b|[,;:"'`()]/i;

/** "was due to", "had been scheduled to": a plan told in the past, which has usually happened by now. */
const pastPlanPattern = /\b(?:was|were|had been)\s+$/i;

/**
 * The tense of the clause around `text[start, end)`. A verb before the expression governs it ("met on
 * Friday", "will remain closed until Friday"), else the one after ("On Friday, the king met"); inside a
 * future verb group, participles do not make it past ("will be held Friday").
 *
 * @example tenseAround("He met Trump on Friday.", 15, 21) // "past"
 */
export function tenseAround(text: string, start: number, end: number): Tense {
  // Clause breaks are looked for within reach only: searching the text itself would run to its end for every
  // expression of a text without breaks (a 1 MB page of one paragraph took minutes).
  const from = Math.max(0, start - reach);
  let left = from;
  for (const m of allMatches(clauseBreakPattern, text.slice(from, start + 1))) {
    if (from + m.index < start) left = from + m.index + m[0].length;
  }
  const next = allMatches(clauseBreakPattern, text.slice(end, end + reach + 1))[0];
  const right = Math.min(text.length, next === undefined ? end + reach : end + next.index, end + reach);
  const window = text.slice(left, right);
  const offset = start - left;
  const spanLength = end - start;
  const markers = [
    ...markersIn(window, offset, spanLength, futureMarkerPattern, "future").filter(
      (m) => !pastPlanPattern.test(window.slice(Math.max(0, m.at - 12), m.at)),
    ),
    ...markersIn(window, offset, spanLength, irregularPastPattern, "past"),
    ...markersIn(window, offset, spanLength, regularPastPattern, "past"),
    ...markersIn(window, offset, spanLength, presentMarkerPattern, "present"),
  ];
  const nearest = (ms: Marker[]): Marker | null =>
    ms.reduce<Marker | null>((best, m) => (best === null || m.distance < best.distance ? m : best), null);
  const before = nearest(markers.filter((m) => m.left));
  const future = nearest(markers.filter((m) => m.left && m.tense === "future"));
  if (before !== null && future !== null && before.tense === "past") {
    // "will remain closed until Friday": the participle belongs to the future verb group.
    if (!finitePastPattern.test(window.slice(future.at, offset))) return "future";
  }
  return (before ?? nearest(markers))?.tense ?? "unknown";
}
