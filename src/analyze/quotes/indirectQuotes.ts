import type { Span } from "../../article.js";
import type { Cue } from "./cueAt.js";
import type { QuoteDocument, RawQuote } from "./document.js";
import { tokenAt, trimSpan } from "./document.js";
import { commaAttribution } from "./commaAttribution.js";
import { complementCue } from "./complementCue.js";
import { invertedSpeaker, parentheticalParts } from "./parenthetical.js";
import { openingParticipleSubject } from "./openingParticiple.js";
import { participleSpeaker } from "./participleSpeaker.js";
import { coordinatedSubject, sentenceSubject, subjectStart } from "./sentenceSubject.js";
import { isSubordinate, subordinateSubject } from "./subordinateSubject.js";
import type { Phrase } from "./speakerPhrase.js";
import { phraseOf, relatives, subjectAfter, subjectBefore } from "./speakerPhrase.js";
import type { Token } from "./tokens.js";

/** Cues whose object is a person before the reported clause: "told reporters that…", "assured him…". */
const objectFirst = new Set([
  "told",
  "tells",
  "tell",
  "telling",
  "informed",
  "assured",
  "warned",
  "urged",
  "urging",
  "urges",
  "asked",
  "asking",
  "reminded",
  "reminding",
]);
/** Objects that stand between such a cue and the clause. */
const objectWords = new Set([
  "him",
  "her",
  "them",
  "us",
  "me",
  "you",
  "reporters",
  "journalists",
  "lawmakers",
  "supporters",
  "voters",
]);
/** Words skipped between a cue and its clause: "said on Tuesday that", "said in a statement that". */
const leadIns = new Set([
  "that",
  "on",
  "in",
  "at",
  "late",
  "early",
  "last",
  "this",
  "earlier",
  "today",
  "yesterday",
  "tonight",
  "again",
  "also",
  "publicly",
  "privately",
  "repeatedly",
]);
const dayWords =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|morning|evening|night|afternoon|weekend|statement|interview|tweet|post|speech|letter|x|twitter|facebook|a|an|the|his|her|its|their|television|radio|conference|briefing)$/u;
/** First words of an introduction before "according to X", which is no part of the content: "In addition, …". */
const INTRODUCTION =
  /^(?:in|on|at|by|for|but|and|or|now|so|still|yet|also|however|meanwhile|instead|then|moreover|further|furthermore|indeed|thus|overall|today|yesterday|last|this|since|after|before|until|as|if|when|while)$/u;
/** Prepositions that open a channel or a time after a cue: "said in its latest report", "said during a visit". */
const CHANNEL_PREPOSITION = /^(?:in|on|at|during)$/u;
/** The longest subject an interrupting "according to X" may follow: a longer stretch is a clause of its own. */
const MAX_INTERRUPTED_SUBJECT = 6;
/** How far from the sentence end a trailing cue may stand: "…, officials said on Tuesday." */
const TRAILING = 12;
const MIN_CONTENT_WORDS = 3;
/** Answers shorter than that which still report what was said: "said yes", "said the same", "said he would". */
const SHORT_ANSWER =
  /^(?:yes|no|so|not so|the same|otherwise|(?:he|she|it|they|we|i|you) (?:would|could|will|can|did|does|do|had|has|was|is|were|might|should|wouldn['’]t|couldn['’]t|won['’]t|didn['’]t)(?: not)?)[.!?]?\s*$/iu;

/**
 * Reported speech without quotation marks: "He said Qatar had raised concerns…" (content after the cue),
 * "Qatar had raised concerns, officials said." (content before), "According to X, …" / "…, according to X",
 * and ", saying …" continuing the sentence's subject. A cue that already attributes a quote is not reused;
 * a cue inside another indirect quote's content belongs to that quote (quotes of quotes keep the outer speaker).
 */
export function indirectQuotes(doc: QuoteDocument, quoted: readonly RawQuote[]): RawQuote[] {
  const used = new Set(quoted.flatMap((q) => (q.cue === null ? [] : [q.cue.from])));
  const quotedParts = quoted.flatMap((q) => q.parts.map((p) => ({ start: p.start, end: p.end, quote: q })));
  const out: RawQuote[] = [];
  doc.sentenceTokens.forEach((range, sentence) => {
    let coveredUntil = -1;
    let coveredFrom = Number.POSITIVE_INFINITY;
    // "Clinton had told police that…, the source added.": the trailing cue attributes the whole sentence.
    const trailing = trailingQuote(doc, range, sentence, used);
    if (trailing !== null) {
      out.push(trailing);
      coveredFrom = trailing.parts[0]?.start ?? coveredFrom;
      coveredUntil = trailing.parts[0]?.end ?? coveredUntil;
    }
    for (let i = range.from; i < range.to; i++) {
      // A verb outside the lexicon is still a cue when it takes a finite clause: "Democrats grumble that…".
      const cue = doc.cueStarting[i] ?? complementCue(doc, i, range);
      if (cue === null || cue === undefined || used.has(i)) continue;
      if (trailing !== null && trailing.cue?.from === i) continue;
      const token = doc.tokens[i] as Token;
      if (token.start < coveredUntil && token.start >= coveredFrom) continue;
      const found = indirectAt(doc, cue, range, sentence);
      if (found === null) continue;
      // A parenthetical attribution has two parts ("The policy, Sanders said, would cost…"): both are covered.
      const span = { start: (found.parts[0] as Span).start, end: (found.parts.at(-1) as Span).end };
      // A quote that makes up most of the clause is that clause's quote; a partial one inside it is absorbed later.
      if (
        quotedParts.some(
          (p) =>
            p.start < span.end &&
            p.end > span.start &&
            p.end - p.start > (span.end - span.start) / 2 &&
            !(p.quote.kind === "partial" && p.start >= span.start && p.end <= span.end + 3),
        )
      )
        continue;
      out.push(found);
      coveredFrom = Math.min(coveredFrom, span.start);
      coveredUntil = Math.max(coveredUntil, span.end);
    }
  });
  return out;
}

/** The attribution of a sentence-final cue whose content comes before it, or null. */
function trailingQuote(
  doc: QuoteDocument,
  range: { from: number; to: number },
  sentence: number,
  used: ReadonlySet<number>,
): RawQuote | null {
  for (let i = range.to - 1; i > range.from && range.to - i <= TRAILING; i--) {
    const cue = doc.cueStarting[i];
    if (cue === null || cue === undefined) continue;
    if (used.has(i) || (cue.kind !== "speech" && cue.kind !== "according")) return null;
    const found = indirectAt(doc, cue, range, sentence);
    const end = found?.parts[0]?.end ?? Number.POSITIVE_INFINITY;
    return found !== null && end <= (doc.tokens[i] as Token).start ? found : null;
  }
  return null;
}

function indirectAt(
  doc: QuoteDocument,
  cue: Cue,
  range: { from: number; to: number },
  sentence: number,
): RawQuote | null {
  const { text, tokens } = doc;
  const sentenceSpan = doc.sentences[sentence];
  if (sentenceSpan === undefined) return null;
  const make = (
    content: Span,
    speaker: Phrase | null,
    viaFrom: number,
    viaTo: number,
    minWords = MIN_CONTENT_WORDS,
  ): RawQuote | null => {
    const trimmed = trimSpan(text, content.start, content.end);
    if (!hasWords(text, trimmed.start, trimmed.end, minWords)) return null;
    // "an official said, asking not to be named": the terms of speaking are not what was said.
    if (NOT_A_STATEMENT.test(text.slice(trimmed.start, trimmed.end))) return null;
    return {
      kind: "indirect",
      parts: [trimmed],
      cue,
      speaker,
      evidence: "stated",
      viaFrom,
      viaTo,
      sentence,
      inherit: false,
    };
  };
  // A token index at or past the sentence's end (a cue that ends an unpunctuated headline) starts nothing: the
  // sentence end, an empty content span.
  const startOf = (i: number): number => (i < range.to ? tokens[i]?.start : undefined) ?? sentenceSpan.end;
  const sentenceEnd = sentenceSpan.end;

  if (cue.kind === "according") {
    const speaker = subjectAfter(text, tokens, cue.to - 1, range.to);
    if (speaker === null) return null;
    const leading = cue.from === range.from || !(tokens[cue.from - 1] as Token).word;
    if (leading && cue.from <= range.from + 1) {
      const afterSpeaker = tokenIndexAfter(doc, speaker.end, range.to);
      const end = clauseEnd(doc, afterSpeaker, range.to, sentenceEnd, false);
      return make({ start: startOf(afterSpeaker), end }, speaker, cue.from, afterSpeaker);
    }
    // "Fundraising, according to the campaign, has surged": set off by commas, the cue interrupts its content;
    // "In addition, according to the department, nine million…" follows an introduction, which is no content.
    const commaAfter = tokenAt(doc, speaker.end);
    const opening = subjectStart(tokens, range);
    if (
      tokens[cue.from - 1]?.text === "," &&
      tokens[commaAfter]?.text === "," &&
      commaAfter + 1 < range.to &&
      cue.from - 1 - opening <= MAX_INTERRUPTED_SUBJECT
    ) {
      const afterSpeaker = tokenIndexAfter(doc, speaker.end, range.to);
      const after = { start: startOf(afterSpeaker), end: clauseEnd(doc, afterSpeaker, range.to, sentenceEnd, false) };
      const found = make(after, speaker, cue.from, afterSpeaker);
      if (found === null)
        return make({ start: sentenceSpan.start, end: startOf(cue.from) }, speaker, cue.from, range.to);
      if (opening < cue.from - 1 && !INTRODUCTION.test(tokens[opening]?.lower ?? "")) {
        const before = trimSpan(text, startOf(opening), startOf(cue.from - 1));
        if (before.end > before.start) found.parts.unshift(before);
      }
      return found;
    }
    return make({ start: sentenceSpan.start, end: startOf(cue.from) }, speaker, cue.from, range.to);
  }

  // "Trump is warning that…": a progressive is the verb of its own clause, read like "said".
  const progressive =
    passiveAux.has(tokens[cue.from - 1]?.lower ?? "") && (tokens[cue.from] as Token).lower.endsWith("ing");
  if (cue.kind === "gerund" && !progressive) {
    // ", saying…" or, after a quote, ',” adding that…'.
    const before = tokens[cue.from - 1]?.text ?? "";
    // "…, while saying…", "…by suggesting…", "…and suggesting…": a participle after a subordinator or a coordinator
    // continues the subject of the sentence as one after a comma does.
    const subordinated = SUBORDINATOR.test(tokens[cue.from - 1]?.lower ?? "") && cue.from - 1 > range.from;
    if (before !== "," && !subordinated && !(CLOSING_MARK.test(before) && tokens[cue.from - 2]?.text === ",")) {
      // "…with 50 percent saying she is prepared", "staff members suggesting that…": the noun before speaks.
      const holder = nounBeforeParticiple(doc, cue, range);
      if (holder === null) return null;
      const from = skipLeadIns(doc, cue, range.to);
      if (from >= range.to) return null;
      return make({ start: startOf(from), end: clauseEnd(doc, from, range.to, sentenceEnd) }, holder, cue.from, from);
    }
    const speaker = participleSpeaker(doc, range, cue.from) ?? sentenceSubject(doc, range, cue.from);
    const start = skipLeadIns(doc, cue, range.to);
    if (start >= range.to) return null;
    return make({ start: startOf(start), end: clauseEnd(doc, start, range.to, sentenceEnd) }, speaker, cue.from, start);
  }

  if (cue.kind === "naming") {
    // "Christie called him a political opportunist": without quotation marks, the object and what it is called.
    const before = tokens[cue.from - 1];
    if ((before !== undefined && passiveAux.has(before.lower)) || tokens[cue.to]?.lower === "by") return null;
    if (!(tokens[cue.from] as Token).lower.endsWith("ing") && !objectWords.has(tokens[cue.to]?.lower ?? "")) {
      // "described himself as a pro-life Catholic": a reflexive object is the speaker's own; "called climate change
      // a hoax": an object without a determiner, then what it is called.
      if (
        tokens[cue.to]?.cap !== true &&
        !/^(?:the|a|an|it|this|that|himself|herself|themselves|itself)$/u.test(tokens[cue.to]?.lower ?? "") &&
        !namesPredicate(tokens, cue.to, range.to)
      )
        return null;
    }
    return objectContent(doc, cue, range, make);
  }

  if (cue.kind === "object") {
    // "Trump was endorsed by the Times": a passive names the content first, and we do not read it backwards.
    const before = tokens[cue.from - 1];
    if ((before !== undefined && passiveAux.has(before.lower) && !progressive) || tokens[cue.to]?.lower === "by")
      return null;
    const found = objectContent(doc, cue, range, make);
    if (found !== null || cue.to >= range.to - 1) return found;
  }

  // Content after the cue: "Rubio said (on Tuesday) (that) …", "He told reporters (that) …".
  // "stood at a Bush event to say [he was leaning…]", "won by promising [tariffs]": the sentence's subject speaks.
  const subject = isSubordinate(doc, cue, range)
    ? subordinateSubject(doc, cue, range)
    : (subjectBefore(text, tokens, cue.from, range.from) ?? coordinatedSubject(doc, cue, range));
  if (subject !== null && showsScene(doc, cue, subject)) return null;
  const parts = subject === null ? null : parentheticalParts(doc, cue, subject, range);
  if (parts !== null) {
    return {
      kind: "indirect",
      parts,
      cue,
      speaker: subject,
      evidence: "stated",
      viaFrom: cue.from,
      // "The policy, Sanders said on CNN, would…": the channel stands in the few words after the cue, in this sentence.
      viaTo: Math.min(cue.to + 3, range.to),
      sentence,
      inherit: false,
    };
  }
  const start = skipLeadIns(doc, cue, range.to);
  const tail = range.to - start;
  // "Everyone but Hewlett said yes.", "Jeff Flake said he would.": a short answer is content too.
  const shortAnswer = (speaker: Phrase): RawQuote | null => {
    if (cue.kind !== "speech" || start >= range.to) return null;
    const answer = { start: startOf(start), end: sentenceEnd };
    return SHORT_ANSWER.test(text.slice(answer.start, answer.end)) ? make(answer, speaker, cue.from, start, 1) : null;
  };
  // "Aftershocks continued through the afternoon", "turnout rose over the decade": a verb that reports speech
  // only with a clause after it, here followed by a preposition of place, time or motion.
  if (cue.kind === "speech" && opensAdverbial(doc, start, range.to)) return null;
  // "Trump spoke for 77 minutes", "did not respond to a request for comment": these verbs take no object as what
  // was said, only a clause with "that".
  if (INTRANSITIVE_SPEECH.test((tokens[cue.from] as Token).lower) && !speaksOf(tokens, cue, start)) return null;
  if (declaresState(doc, cue, start)) return null;
  // "Full Costume Revealed" (a headline without a full stop): nothing follows the cue, so no content after it.
  const after =
    start < range.to
      ? { start: startOf(start), end: clauseEnd(doc, start, range.to, sentenceEnd) }
      : { start: sentenceEnd, end: sentenceEnd };
  // "…, the institute said in its latest report.": a channel too short to be content leaves the cue trailing.
  const trails =
    cue.kind === "speech" &&
    !relatives.has(subject?.text.toLowerCase() ?? "") &&
    CHANNEL_PREPOSITION.test(tokens[cue.to]?.lower ?? "") &&
    !hasWords(text, after.start, after.end, MIN_CONTENT_WORDS);
  if (subject !== null && tail >= MIN_CONTENT_WORDS && !trails) {
    return make(after, subject, cue.from, start) ?? shortAnswer(subject);
  }
  if (subject !== null && start < range.to) {
    const found = shortAnswer(subject);
    if (found !== null) return found;
  }
  // Polls and reports show what follows them: "…, the map shows." is rare in news and mostly a caption.
  if (cue.kind === "belief" || cue.kind === "object" || cue.kind === "evidence") return null;
  // Content before a trailing cue: "…, officials said (on Tuesday)." or "…, said the minister."
  // "…, said Larry Sabato, director of the…, who…": an apposition or a participle may run the sentence on.
  const inverted = subject === null ? invertedSpeaker(doc, cue, range) : null;
  if (inverted === null && range.to - cue.to > TRAILING) return null;
  if (inverted === null && tokens.slice(cue.to, range.to).some((t) => t.lower === "that")) return null;
  // "…, said the minister." reads the speaker after the cue only when the cue opens the clause after the comma;
  // "…, though Israel disputes them and says its forces…" is another clause with a subject of its own.
  if (subject === null && inverted === null && tokens[cue.from - 1]?.text !== ",") return null;
  const speaker = subject ?? inverted ?? subjectAfter(text, tokens, cue.to - 1, range.to);
  if (speaker === null) return null;
  const comma = lastCommaBefore(tokens, Math.min(cue.from, tokenIndexAfter(doc, speaker.start, range.to)), range.from);
  if (comma === null) return null;
  // "…would cost far less than his critics claim.": a subject that does not follow the comma is inside the clause.
  if (subject !== null && tokenIndexAfter(doc, speaker.start, range.to) !== comma + 1) return null;
  return make({ start: sentenceSpan.start, end: startOf(comma) }, speaker, comma, range.to);
}

const CLOSING_MARK = /^["”']$/u;
/** Plural nouns and quantities that hold a participle's words: "voters saying", "50 percent saying", "those arguing". */
const PARTICIPLE_HOLDER =
  /^(?:percent|those|members|voters|people|respondents|supporters|critics|officials|democrats|republicans|others|many|some|most|half|majority|minority|aides|advisers|lawmakers|analysts|experts|economists|leaders|residents|americans|staff)$/u;

/**
 * The noun phrase a participle cue modifies when it follows it directly: "those saying", "most voters saying",
 * "staff members suggesting". Only nouns of people or shares of them: "a letter saying" is left to other rules.
 */
function nounBeforeParticiple(doc: QuoteDocument, cue: Cue, range: { from: number; to: number }): Phrase | null {
  const word = doc.tokens[cue.from - 1];
  if (word === undefined || cue.from - 1 < range.from || !PARTICIPLE_HOLDER.test(word.lower)) return null;
  // The noun phrase only: "50 percent", "GOP primary voters", "the young voters"; not the clause it sits in.
  let from = cue.from - 1;
  const fits = (t: Token | undefined): boolean =>
    t !== undefined && (t.cap || /^\p{N}/u.test(t.text) || HOLDER_DETERMINER.test(t.lower));
  while (from > range.from && fits(doc.tokens[from - 1])) from--;
  // One adjective between a determiner and the noun: "the young voters".
  if (from > range.from + 1 && doc.tokens[from - 1]?.word === true && fits(doc.tokens[from - 2])) {
    from -= 2;
    while (from > range.from && fits(doc.tokens[from - 1])) from--;
  }
  return phraseOf(doc.text, doc.tokens, from, cue.from);
}

/** Words that may open a holder's noun phrase: "the", "most", "all those". */
const HOLDER_DETERMINER = /^(?:the|a|an|many|most|some|all|both|few|several|those|these|other|more|of)$/u;

/** Words that subordinate or coordinate a participle to the main clause: "while saying", "by suggesting". */
const SUBORDINATOR = /^(?:while|after|before|by|and|but|when|also)$/u;
/** Forms of "be" that make a participle passive: "Trump was endorsed by…" names the content, not the source. */
const passiveAux = new Set(["was", "were", "is", "are", "be", "been", "being", "'s", "’s"]);
/** Tokens that end an object's clause: "endorsed Clinton, saying…", "backed the plan; others…". */
const CLAUSE_END = /^[,;:—–()[\]]$/u;
const MIN_OBJECT_WORDS = 1;

/**
 * The object or infinitive of an object cue, up to the end of its clause: "Ryan endorsed [Trump] in June",
 * "Trump vowed [to bomb…]", ", criticizing [the accord]" (the subject of the sentence speaks).
 */
function objectContent(
  doc: QuoteDocument,
  cue: Cue,
  range: { from: number; to: number },
  make: (content: Span, speaker: Phrase | null, viaFrom: number, viaTo: number, minWords?: number) => RawQuote | null,
): RawQuote | null {
  const { text, tokens } = doc;
  const before = tokens[cue.from - 1];
  const participle = (tokens[cue.from] as Token).lower.endsWith("ing");
  const speaker =
    before?.text === "," && participle
      ? (participleSpeaker(doc, range, cue.from) ?? sentenceSubject(doc, range, cue.from))
      : isSubordinate(doc, cue, range)
        ? subordinateSubject(doc, cue, range)
        : (subjectBefore(text, tokens, cue.from, range.from) ??
          coordinatedSubject(doc, cue, range) ??
          openingParticipleSubject(doc, cue, range));
  if (speaker === null) return null;
  const start = skipLeadIns(doc, cue, range.to);
  // "Chile and Bolivia offered rescue teams": things offered or sought are no statement; an offer or a bid to do
  // something is ("offered to host the talks"). A longer clause is still read as reported content below.
  if (materialObjects.has((tokens[cue.from] as Token).lower) && tokens[start]?.lower !== "to") return null;
  let end = start;
  while (end < range.to && !(doc.quoteOf[end] === -1 && CLAUSE_END.test((tokens[end] as Token).text))) end++;
  if (end <= start) return null;
  const last = tokens[end - 1] as Token;
  const clauseStop = end === range.to ? (doc.sentences[doc.sentenceOf[start] ?? -1]?.end ?? last.end) : last.end;
  // "…has encouraged European nations to bolster defense spending but has said she will…": stop before the next cue.
  const content = { start: (tokens[start] as Token).start, end: clauseEnd(doc, start, end, clauseStop) };
  return make(content, speaker, cue.from, start, MIN_OBJECT_WORDS);
}

/**
 * Content that reports the terms of speaking or a refusal to speak, not something said: "(asked) not to be
 * named", "(spoke) on condition of anonymity", "(declined) to comment", "(declined) to give details".
 */
const NOT_A_STATEMENT =
  /^(?:not to be (?:named|identified|quoted)|on (?:the )?condition (?:of|that)|anonymously|(?:goodbye|hello|grace)\b|to (?:comment|elaborate|give (?:any )?details|be (?:named|identified|quoted))\b)/iu;

/** Verbs that perform a declaration when their object is a state ("declared a state of emergency"). */
const PERFORMATIVE_CUE = /^(?:declared?|declares|declaring|proclaimed|proclaims|proclaim)$/u;
/**
 * States brought about by declaring them: an act, not a statement. Up to three modifiers may stand before the head
 * ("a 60-day state of emergency in three regions", "a national day of mourning"); not a clause about one
 * ("declared the emergency was over"); "declared war on" and "declared victory" are claims and stay.
 */
const DECLARED_STATE =
  /^(?:(?:an?|the|its|their)\s+)?(?:[\p{L}\d-]+\s+){0,3}(?:state of (?:emergency|siege|alert|disaster|calamity)|emergency|martial law|curfew|bankruptcy|independence|(?:day|days|period) of (?:mourning|national mourning)|mourning|holiday|disaster zone|no-fly zone)\b(?!\s+(?:was|is|were|are|had|has|would|will|could|must|should|can)\b)/iu;

/** "The government declared a 60-day state of emergency": the declaration is the act reported, not speech content. */
function declaresState(doc: QuoteDocument, cue: Cue, start: number): boolean {
  if (!PERFORMATIVE_CUE.test((doc.tokens[cue.from] as Token).lower)) return false;
  const first = doc.tokens[start];
  return first !== undefined && DECLARED_STATE.test(doc.text.slice(first.start, first.start + 120));
}

/** Object cues whose object is a thing given or wanted unless an infinitive follows ("offered to mediate"). */
const materialObjects = new Set(["offered", "offering", "offer", "offers", "sought", "seeks", "seeking", "seek"]);

/** Speech verbs with no object of content: what follows them is a manner, an audience or a time. */
const INTRANSITIVE_SPEECH = /^(?:spoke|speaks|speak|talked|talks|talk|respond|responds|responded)$/u;

/** How far "about"/"of" may stand after such a verb and still name its topic: "spoke out Tuesday about…". */
const TOPIC_REACH = 4;

/** Whether an intransitive speech verb has content: a "that" clause, or a topic after "about"/"of" close by. */
function speaksOf(tokens: readonly Token[], cue: Cue, start: number): boolean {
  if (tokens.slice(cue.to, start).some((t) => t.lower === "that")) return true;
  for (let k = cue.to; k < cue.to + TOPIC_REACH; k++) {
    const word = tokens[k];
    if (word === undefined || !word.word) return false;
    if (word.lower === "about" || word.lower === "of") return true;
  }
  return false;
}

/** How far the predicate of a naming verb may stand after its bare object: "called [climate change] a hoax". */
const PREDICATE_REACH = 4;

/** Whether a bare noun phrase of up to a few words from `from` is followed by "a"/"an" or "as": a predicate. */
function namesPredicate(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to && k <= from + PREDICATE_REACH; k++) {
    const t = tokens[k] as Token;
    if (!t.word) return false;
    if (t.lower === "a" || t.lower === "an" || t.lower === "as") return true;
    if (/^(?:for|on|to|in|at|by|with|from|of|that)$/u.test(t.lower)) return false;
  }
  return false;
}

/** Prepositions that open an adverbial, not a reported clause, right after a speech verb. */
const ADVERBIAL_PREPOSITION =
  /^(?:through|throughout|into|across|until|till|beyond|along|around|behind|toward|towards|upon|despite|amid|amidst|within|over|without|past|near|inside|outside|by)$/u;
/** How far a "that" may stand after such a preposition and still open the content: "said during the debate that…". */
const THAT_REACH = 8;

/**
 * Whether the content read from token `start` opens with an adverbial of place, time or motion and no reported
 * clause follows within reach: "continued [through the afternoon]", "added [to the pressure]".
 */
function opensAdverbial(doc: QuoteDocument, start: number, to: number): boolean {
  const first = doc.tokens[start];
  if (first === undefined) return false;
  if (!ADVERBIAL_PREPOSITION.test(first.lower)) return false;
  // "accused by a reporter of grabbing her arm": after a passive's agent, "of" opens what was said.
  const opener = first.lower === "by" ? /^(?:that|of)$/u : /^that$/u;
  for (let k = start + 1; k < Math.min(to, start + THAT_REACH); k++)
    if (opener.test(doc.tokens[k]?.lower ?? "")) return false;
  return true;
}

/** Cues that say what something shows. */
const SHOW_CUE = /^show(?:s|ed|n|ing)?$/u;
/** Pictures and the media that carry them: they show a scene, not a claim, unless "that" follows. */
const VISUAL_HEAD =
  /^(?:footage|video|videos|image|images|imagery|picture|pictures|photo|photos|photograph|photographs|television|tv|camera|cameras|film|broadcast|broadcasts|clip|clips)$/u;

/** Words after a noun phrase's head: "images from the scene", "footage of the blast", "video posted on…". */
const HEAD_ENDS = /^(?:of|from|in|on|at|by|with|for|shot|posted|shared|broadcast|aired|filmed)$/u;

/** "Footage broadcast by local television showed residents pulling at rubble": a picture, not a statement. */
function showsScene(doc: QuoteDocument, cue: Cue, subject: Phrase): boolean {
  if (!SHOW_CUE.test((doc.tokens[cue.from] as Token).lower) || doc.tokens[cue.to]?.lower === "that") return false;
  // The head is the last word before a preposition: "Images [from the scene]", "footage [of the blast]".
  const words = subject.text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== "");
  const cut = words.findIndex((w, k) => k > 0 && HEAD_ENDS.test(w));
  const head = (cut === -1 ? words.at(-1) : words[cut - 1]) ?? "";
  const before = doc.tokens[tokenAt(doc, subject.start) - 1]?.lower;
  // "…broadcast by local television showed": the agent of a participle is not the subject either.
  return VISUAL_HEAD.test(head) || before === "by";
}

/**
 * Cue kinds that open a reported clause of their own after "and" / "but" ("…while saying…", "…praised the governor
 * and called her a reformer").
 */
const clauseCues = new Set(["speech", "belief", "evidence", "object", "gerund", "naming"]);
/** Words that join a clause with an attribution of its own: "…, while 22 percent said…", "…, but Shelby said…". */
const CLAUSE_JOINS = new Set(["and", "but", "while", "whereas", "although", "though"]);
/** How many words may stand between a coordinator and the next cue: "but Shelby said", "and later also said". */
const COORDINATED_GAP = 5;

/**
 * Where content read from token `from` ends: the sentence end, or before "and"/"but" that open a new attribution
 * ("…announced the arrest and said a curfew…", "…the video shows…, but Shelby said…"), which is a quote of its own,
 * or, unless `byComma` is false (the clause after "according to X", which runs to its end), before a comma that a
 * main clause with its own cue follows (`commaAttribution`).
 */
function clauseEnd(doc: QuoteDocument, from: number, to: number, sentenceEnd: number, byComma = true): number {
  const { tokens } = doc;
  for (let k = from + 1; k < to; k++) {
    const word = (tokens[k] as Token).lower;
    // "…over the next decade; the Center puts the figure at…" and "…in the air, contradicting the police": the
    // next clause is another attribution.
    if (word === ";" && k + 1 < to) return (tokens[k] as Token).start;
    if (word === "," && doc.cueStarting[k + 1]?.kind === "gerund") return (tokens[k] as Token).start;
    // "Although she never mentioned him by name, she made it clear that…": a main clause with a cue of its own.
    if (byComma && word === "," && commaAttribution(doc, k, to)) return (tokens[k] as Token).start;
    // '…the 1969 book titled "The Tragedy of Lyndon Johnson," explaining, "…"': the comma inside the closing mark.
    if (CLOSING_MARK.test(word) && tokens[k - 1]?.text === "," && doc.cueStarting[k + 1]?.kind === "gerund")
      return (tokens[k] as Token).end;
    if (!CLAUSE_JOINS.has(word)) continue;
    for (let j = k + 1; j < to && j <= k + COORDINATED_GAP; j++) {
      const t = tokens[j] as Token;
      if (!t.word) break;
      const cue = doc.cueStarting[j];
      if (cue === null || cue === undefined) continue;
      if (!clauseCues.has(cue.kind)) break;
      // "while"/"though" also open clauses about the writer's facts ("while offering support for…"): speech only.
      if (word !== "and" && word !== "but" && cue.kind !== "speech" && cue.kind !== "gerund") break;
      const before = tokens[k - 1] as Token;
      return before.text === "," ? before.start : (tokens[k] as Token).start;
    }
  }
  return sentenceEnd;
}

/** The token index after the clause's lead-ins: "that", "on Tuesday", "in a statement", an object of "told". */
function skipLeadIns(doc: QuoteDocument, cue: Cue, to: number): number {
  const tokens = doc.tokens;
  let k = cue.to;
  const word = tokens[cue.from]?.lower ?? "";
  if (objectFirst.has(word)) {
    // Up to "that" within a short object ("told Fox News on Sunday that"), else past the object.
    for (let j = k; j < Math.min(to, k + 9); j++) {
      if (tokens[j]?.lower === "that") return j + 1;
    }
    if (objectWords.has(tokens[k]?.lower ?? "")) k++;
    else {
      if (["the", "a", "an"].includes(tokens[k]?.lower ?? "")) k++;
      while (k < to && tokens[k]?.cap === true) k++;
    }
  }
  for (let guard = 0; guard < 8 && k < to; guard++) {
    const t = tokens[k] as Token;
    if (t.text === "," || t.text === ":" || leadIns.has(t.lower)) {
      if (t.lower === "in" || t.lower === "on" || t.lower === "at") {
        // Only a prepositional lead-in that names a time or a channel: "on Tuesday", "in a statement", "on X".
        let j = k + 1;
        while (j < to && j - k <= 4 && dayWords.test(tokens[j]?.lower ?? "")) j++;
        // "on Friday the arrest…": the article opens the content, it is not part of the time.
        while (j > k + 2 && /^(?:a|an|the|his|her|its|their)$/u.test(tokens[j - 1]?.lower ?? "")) j--;
        if (j === k + 1) break;
        if (tokens[j]?.cap === true && tokens[j - 1]?.lower !== "the") break;
        k = j;
        continue;
      }
      k++;
      continue;
    }
    break;
  }
  return k;
}

function tokenIndexAfter(doc: QuoteDocument, offset: number, to: number): number {
  let i = tokenAt(doc, offset);
  while (i < to && !(doc.tokens[i] as Token).word) i++;
  return i;
}

function lastCommaBefore(tokens: readonly Token[], at: number, from: number): number | null {
  for (let i = at - 1; i > from; i--) if (tokens[i]?.text === ",") return i;
  return null;
}

const wordRunPattern = /[\p{L}\p{N}]+/gu;

/** Whether `text[start, end)` holds at least `min` runs of letters or digits (counted only that far). */
function hasWords(text: string, start: number, end: number, min: number): boolean {
  let count = 0;
  wordRunPattern.lastIndex = start;
  for (let m = wordRunPattern.exec(text); m !== null && m.index < end; m = wordRunPattern.exec(text)) {
    if (++count >= min) return true;
  }
  return count >= min;
}
