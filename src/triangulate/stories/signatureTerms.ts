/**
 * A story's signature terms: features that most recent documents carrying them belong to that one story, and that
 * a fair share of the story's members carry ("Titanfall" in the Titanfall launch story, not "Xbox" or "stocks").
 * A short report that shares only its signature term with a story ("Titanfall wallpapers for your Windows Phone")
 * links to no single member (a link needs two shared features) and stays apart; once the story has grown, the
 * signature term says where it belongs. Only short reports are folded so: a full text sharing one word with every
 * member is another story (eval/clustering/ABLATIONS.md, session 4: UCI 0.804 → 0.819, day dates 0.794 → 0.808,
 * the other sets and the synthetic stream unchanged; session 5, a pass every 8 members: UCI 0.825).
 */

/** Share of a term's live documents that must sit in the story. */
export const SIGNATURE_CONCENTRATION = 0.7;
/** Share of the story's members that must carry the term. */
export const SIGNATURE_SHARE = 0.2;
/** Fewest members carrying the term: one or two reports make no signature. */
export const SIGNATURE_MIN_COUNT = 3;
/** Heaviest centroid terms checked for a signature. */
export const SIGNATURE_CANDIDATE_TERMS = 16;
/** The first story size at which the pass runs. */
export const FIRST_SIGNATURE_PASS = 8;
/**
 * Members between passes after the first (8, 16, 24, …). Passes at each doubling (8, 16, 32, …) missed the
 * stragglers that came after a story's last doubling: UCI 0.819 → 0.825, day dates (five-seed mean) 0.806 → 0.813,
 * the other sets unchanged (eval/clustering/ABLATIONS.md, session 5). A fixed step keeps the cost per add constant:
 * at most one pass per 8 members, each reading at most 16 posting lists.
 */
export const SIGNATURE_PASS_EVERY = 8;

/**
 * True when a term is a signature of a story: `inStory` of the term's `documents` live documents are members of
 * the story, which has `storySize` members.
 *
 * @example isSignatureTerm(9, 10, 20) // true: 90% of the term's documents, 45% of the story
 * @example isSignatureTerm(9, 40, 20) // false: the term is spread over other stories too
 */
export function isSignatureTerm(inStory: number, documents: number, storySize: number): boolean {
  return (
    inStory >= SIGNATURE_MIN_COUNT &&
    inStory >= SIGNATURE_CONCENTRATION * documents &&
    inStory >= SIGNATURE_SHARE * storySize
  );
}

/**
 * True when a story of `size` members is due for a signature pass: at 8 members, then every 8 members, so a pass
 * costs a bounded amount per member added.
 *
 * @example signaturePassDue(24) // true
 * @example signaturePassDue(12) // false
 */
export function signaturePassDue(size: number): boolean {
  return size >= FIRST_SIGNATURE_PASS && size % SIGNATURE_PASS_EVERY === 0;
}
