/** The grammatical time a clause points to, as far as its verbs show. */
export type Tense = "past" | "present" | "future" | "unknown";

/** Markers that put a clause in the future: modals, "going to", "scheduled to", "plans to". */
const futureMarkerPattern =
  /\b(?:will|won't|wo n't|shall|'ll|going to|plans? to|planned to|scheduled (?:to|for)|expected to|set to|due to (?!the\b)|intends? to|is to|are to|would)\b/gi;

/** Irregular past forms common in news narration. */
const irregularPastPattern =
  /\b(?:was|were|had|did|said|told|met|went|came|took|made|gave|held|saw|won|lost|began|left|sent|spoke|wrote|fell|rose|hit|put|set|got|led|ran|paid|sold|bought|brought|thought|found|kept|heard|felt|fought|struck|stood|became|broke|chose|drove|flew|grew|knew|quit|shot|shut|spent|threw|understood|woke|wore|beat|bid|cut|let|read|cast|hurt)\b/gi;

/** Regular past (-ed); the exclusions are common words that only look like it. */
const regularPastPattern =
  /\b(?!(?:hundred|indeed|speed|need|seed|feed|breed|creed|greed|bed|red|shed|embed|proceed|exceed|succeed|naked|wicked|sacred|bred)\b)[a-z]{2,}ed\b/gi;

/** Present forms used for ongoing states ("says", "is", "are"). */
const presentMarkerPattern = /\b(?:is|are|am|says|say|has|have|does|do|remains?|continues?)\b/gi;

const clauseBreakPattern = /[.!?;]\s|\n/g;

interface Marker {
  tense: Tense;
  distance: number;
}

function nearestMarker(
  window: string,
  offset: number,
  spanLength: number,
  pattern: RegExp,
  tense: Tense,
): Marker | null {
  let best: Marker | null = null;
  for (const m of window.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    const distance =
      end <= offset ? offset - end : start >= offset + spanLength ? start - (offset + spanLength) : Infinity;
    if (distance === Infinity) continue;
    if (best === null || distance < best.distance) best = { tense, distance };
  }
  return best;
}

/**
 * The tense of the clause around `text[start, end)`: the verb marker nearest to the expression within
 * its sentence decides, a future modal winning ties ("will meet on Friday" → future).
 *
 * @example tenseAround("He met Trump on Friday.", 15, 21) // "past"
 */
export function tenseAround(text: string, start: number, end: number): Tense {
  let left = Math.max(0, start - 200);
  clauseBreakPattern.lastIndex = left;
  for (let m = clauseBreakPattern.exec(text); m !== null && m.index < start; m = clauseBreakPattern.exec(text)) {
    left = m.index + m[0].length;
  }
  clauseBreakPattern.lastIndex = end;
  const next = clauseBreakPattern.exec(text);
  const right = Math.min(text.length, next === null ? end + 200 : next.index, end + 200);
  const window = text.slice(left, right);
  const offset = start - left;
  const spanLength = end - start;
  const markers = [
    nearestMarker(window, offset, spanLength, futureMarkerPattern, "future"),
    nearestMarker(window, offset, spanLength, irregularPastPattern, "past"),
    nearestMarker(window, offset, spanLength, regularPastPattern, "past"),
    nearestMarker(window, offset, spanLength, presentMarkerPattern, "present"),
  ];
  let best: Marker | null = null;
  for (const m of markers) if (m !== null && (best === null || m.distance < best.distance)) best = m;
  return best?.tense ?? "unknown";
}
