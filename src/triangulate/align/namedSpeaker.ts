/** Whether an article names a quote's speaker beside the quote, in its own words: the only speakers an attribution check compares. */

import type { QuoteItem } from "./quoteItems.js";
import { nameWords } from "./sameName.js";
import { words } from "./words.js";

/**
 * Verbs of saying that make reported speech a statement of their subject ("said", "told", "insisted"). Other cues the
 * quote stage reads as reported speech are acts ("defended his crown", "pleaded guilty", "wants the full $25 billion"),
 * whose subject is who acted, not who spoke; and "according to" or "reported" name the source of a report (a reporter,
 * an outlet relaying "the House speaker said…"), not necessarily who said the words.
 */
export const speechCue =
  /^(?:said|says|say|saying|told|tells|tell|telling|added|adds|adding|announced|announces|announcing|confirmed|confirms|insisted|insists|argued|argues|wrote|writes|writing|tweeted|posted|stated|states|explained|noted|notes|noting|warned|warns|claimed|claims|claiming|testified|acknowledged|admitted|replied|responded|repeated|reiterated|declared|predicted|stressed|emphasized|recalled|asserted|maintained|contended|countered|disclosed|revealed|denied|vowed|promised|pledged|suggested)$/i;

/**
 * Whether the article's own words for the speaker name the speaker it was resolved to: "the pope" resolved to
 * Francis DeBernardo is our coreference, not the article's claim, and cannot make an attribution discrepancy.
 *
 * @example writtenNamesSpeaker({ quote: { speakerText: "Mr. Goelman", … }, speakerName: "Aitan Goelman", … }) // true
 */
export function writtenNamesSpeaker(item: QuoteItem): boolean {
  if (item.quote.speakerText === null || item.speakerName === null) return false;
  const written = new Set(words(item.quote.speakerText));
  return nameWords(item.speakerName).some((w) => w.length > 2 && written.has(w));
}

/**
 * The article names who spoke beside the quote: a resolved speaker, stated (not reached through "he said"), written as
 * that person's name (not "the president"), and, in reported speech, after a verb of saying.
 *
 * @example namedSpeaker(item('"We are ready," Halvorsen said.')) // true; item('"We are ready," he said.') // false
 */
export function namedSpeaker(item: QuoteItem): boolean {
  const { quote } = item;
  if (quote.speaker === null || quote.evidence !== "stated" || quote.anaphor !== undefined) return false;
  if (!writtenNamesSpeaker(item)) return false;
  return quote.kind !== "indirect" || speechCue.test(quote.cue?.text.trim() ?? "");
}
