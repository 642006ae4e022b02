/**
 * Whether the entity takes part in a predicate of its sentence, and through which of its mentions: the predicates
 * of the clause the entity is named in, and the first verb its subject mention governs across an apposition or a
 * relative clause ("GM, which …, filed").
 */
import type { EntityMention } from "./entityMentions.js";
import type { Predicate, TaggedWord } from "./predicates.js";

/** Words that open a new clause: relatives, subordinators and reporting verbs' complementisers. */
const clauseOpeners = new Set(
  "that which who whom whose when while because although though if unless whereas where".split(" "),
);
/** Words that open a clause only as conjunctions: "after it closed" opens one, "after a dispute" does not. */
const conjunctionOpeners = new Set(["after", "before", "since", "until", "as"]);
const verbTags = new Set(["VERB", "AUX"]);
/** Punctuation that closes a clause or an aside. */
const clauseMarks = new Set([",", ";", ":", "(", ")", '"', "“", "”", "--", "—", "–"]);

/** Clause numbers per sentence, computed once for all its predicates. */
const clauseCache = new WeakMap<readonly TaggedWord[], number[]>();

/** Clause number of each word: a new clause starts at a mark or an opener. */
function clauses(words: readonly TaggedWord[]): number[] {
  const cached = clauseCache.get(words);
  if (cached !== undefined) return cached;
  const out: number[] = [];
  let n = 0;
  words.forEach((w, i) => {
    const lower = w.text.toLowerCase();
    if (clauseMarks.has(w.text)) n++;
    // "that plant" is a determiner, not a clause.
    else if (clauseOpeners.has(lower) && w.pos !== "DET") n++;
    else if (conjunctionOpeners.has(lower) && w.pos === "SCONJ") n++;
    // "and" before a verb joins two predicates of one subject ("filed for bankruptcy and closed plants").
    else if (w.pos === "CCONJ" && !verbTags.has(words[i + 1]?.pos ?? "")) n++;
    out.push(n);
  });
  clauseCache.set(words, out);
  return out;
}

const indexAt = (words: readonly TaggedWord[], offset: number): number => {
  const i = words.findIndex((w) => w.end > offset);
  return i === -1 ? words.length : i;
};

/** A predicate before the mention in its clause is linked when this close: "overtook GM", "the sale of GM". */
const maxBefore = 2;
/** Farther before the mention, only noun-phrase words may stand between: "approached Airbus rival Boeing". */
const maxBeforeAcrossPhrase = 6;
const phraseTags = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"]);
/** Prepositions that attach an argument to an event noun: "a deal with Boeing", "the production of the A380". */
const argumentPrepositions = new Set(["of", "with", "by", "between", "from", "for", "against", "to"]);

/** Whether only a noun phrase (after one argument preposition, for a noun) stands between the predicate and index `to`. */
function phraseBetween(words: readonly TaggedWord[], p: number, to: number, kind: Predicate["kind"]): boolean {
  let k = p + 1;
  if (kind === "noun" && argumentPrepositions.has(words[k]?.text.toLowerCase() ?? "")) k++;
  for (; k < to; k++) if (!phraseTags.has(words[k]?.pos ?? "")) return false;
  return true;
}

/**
 * The entity mention a predicate is linked to, or null when the entity takes no part in it.
 *
 * @example participates(filed, [gmMention], words) // gmMention
 */
export function participates(
  predicate: Predicate,
  mentions: readonly EntityMention[],
  words: readonly TaggedWord[],
): EntityMention | null {
  const clause = clauses(words);
  const p = indexAt(words, predicate.start);
  let best: EntityMention | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const m of mentions) {
    const first = indexAt(words, m.start);
    const last = Math.max(first, indexAt(words, m.end - 1));
    const distance = p > last ? p - last : first - p;
    if (p >= first && p <= last) continue; // the predicate is part of the name ("General Motors")
    // The predicates of the mention's own clause.
    const sameClause = clause[p] === clause[first] || clause[p] === clause[last];
    let linked =
      (sameClause && (p > last || first - p <= maxBefore)) ||
      (p < first && first - p <= maxBeforeAcrossPhrase && phraseBetween(words, p, first, predicate.kind));
    if (!linked && p > last && predicate.kind === "verb") {
      // The first verb after a mention that opens its sentence or clause: its subject, across an aside.
      const opens = first === 0 || clause[first - 1] !== clause[first] || words[first - 1]?.pos === "DET";
      linked = opens && !words.slice(last + 1, p).some((w) => w.pos === "VERB");
    }
    if (linked && distance < bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  return best;
}
