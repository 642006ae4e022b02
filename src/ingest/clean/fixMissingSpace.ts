/**
 * A sentence end glued to the next sentence: a letter, digit or closing bracket, then . ! or ? (and maybe a
 * closing quote), then a capitalised word ("Where"), a capital "A"/"I" word, or initials ("J.R.R."). Whether the
 * word before is an abbreviation or initial is checked by `fixMissingSpace`.
 */
export const GLUED_SENTENCE = /(?<=[\p{L}\p{N})\]])([.!?]+["”’)]?)(?=\p{Lu}\p{Ll}|[AI]\s|\p{Lu}\.\p{Lu})/gu;

/** A token that is a URL, e-mail address or domain name: never split. */
const ADDRESS_TOKEN =
  /(?:[a-z][a-z0-9+.-]*:\/\/|www\.|@|\.(?:com|org|net|gov|edu|int|info|co|io|uk|ps|il|ir|lb|sy|eg|jo|sa|ae|qa|tr)\b)/iu;
const WORD_BEFORE = /[\p{L}\p{N}]+$/u;
const LOWER = /\p{Ll}/u;

/**
 * Puts back the space lost after a full stop: "Israel.Where" → "Israel. Where", "9 p.m.The" → "9 p.m. The".
 * Leaves "U.S.", "e.g.", "3.5", "J.R.R.", ".NET", URLs, e-mail addresses and "Al-Jazeera.com" alone.
 *
 * @example fixMissingSpace("talks in Israel.Where next?") // "talks in Israel. Where next?"
 * @example fixMissingSpace("the U.S. and Al-Jazeera.com") // unchanged
 */
export function fixMissingSpace(text: string): string {
  if (!/[.!?]["”’)]?\p{Lu}/u.test(text)) return text;
  return text.replace(GLUED_SENTENCE, (mark: string, _group: string, offset: number) => {
    const tokenStart = text.lastIndexOf(" ", offset) + 1;
    const nextSpace = text.indexOf(" ", offset);
    const token = text.slice(tokenStart, nextSpace === -1 ? text.length : nextSpace);
    if (ADDRESS_TOKEN.test(token)) return mark;
    const before = WORD_BEFORE.exec(text.slice(tokenStart, offset))?.[0] ?? "";
    const next = text.slice(offset + mark.length);
    // A single capital before the mark is an initial ("U.S.Army" is left as it is); a single lower-case letter ends
    // an abbreviation ("p.m.", "e.g.") and a capitalised word after it starts a sentence.
    if (before.length === 1 && !(LOWER.test(before) && /^\p{Lu}\p{Ll}/u.test(next))) return mark;
    // Before "A " or initials, the word must be a real lower-case word: "reaction.A statement".
    if (!/^\p{Lu}\p{Ll}/u.test(next) && (before.length < 2 || !LOWER.test(before))) return mark;
    return `${mark} `;
  });
}
