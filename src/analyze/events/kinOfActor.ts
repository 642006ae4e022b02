import type { ActorSlot } from "./actorSlots.js";
import type { Word } from "./tokenizeSentence.js";

/**
 * Plural nouns of people who speak or act for an actor without being it: "relatives of the hostages", "lawyers
 * for". Not the singular of an apposition ("Tom Kirsch, an attorney for Jackson's wife, said she…"), whose actor a
 * later pronoun may stand for.
 */
const kinNouns = new Set([
  "relatives",
  "families",
  "parents",
  "mothers",
  "fathers",
  "wives",
  "widows",
  "children",
  "sons",
  "daughters",
  "friends",
  "lawyers",
  "attorneys",
]);
/** Words from the kin noun to the actor: "of", "for", and a determiner. */
const linkWords = new Set(["of", "for"]);
const determiners = new Set(["the", "a", "an", "their", "his", "her", "its", "some", "two", "three"]);

/**
 * Whether an actor stands only as whose relatives or lawyers act: "Relatives of the hostages, who have held weekly
 * rallies in Tel Aviv, urged the Israeli delegation…" — the relatives urged, not the hostages. Such a slot is no
 * source or target of its own.
 *
 * @example kinOfActor(words("Relatives of the hostages urged"), slot at "hostages") // → true
 */
export function kinOfActor(words: readonly Word[], slot: ActorSlot): boolean {
  let k = slot.first - 1;
  if (determiners.has(words[k]?.norm ?? "")) k--;
  if (!linkWords.has(words[k]?.norm ?? "")) return false;
  return kinNouns.has(words[k - 1]?.norm ?? "");
}
