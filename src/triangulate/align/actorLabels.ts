/** Descriptive noun phrases an article attaches to an actor mention: appositives and pre-modifiers. */

import type { Article } from "../../article.js";
import type { ActorLabel } from "./types.js";

/** ", the militant group that…" / ", a spokesman for…": an appositive after the mention, up to a relative or a stop. */
const appositiveAfter =
  /^,\s+(?:the|a|an)\s+((?:[\p{L}\p{N}'’-]+\s+){0,5}?[\p{L}'’-]+?)(?=\s+(?:that|which|who|whose|with|in|of|for|from|since|to)\b|\s*[,.;:—–)]|$)/u;
/** "the Iran-backed terror group Hamas", "The Hamas-run Health Ministry": modifiers between a determiner and the mention. */
const modifiersBefore = /(?:^|[\s(“"])(?:the|a|an)\s+((?:[\p{L}'’-]+\s+){1,4})$/iu;
/** Words that cannot stand in a descriptive phrase before a name: it is a clause, not a label. */
const notInLabel =
  /^(?:and|or|but|with|of|in|on|at|to|for|from|by|said|says|told|between|against|that|who|which|as|is|are|was|were|has|have|had)$/i;
/** Labels shorter than this are not descriptions. */
const tooShort = 2;
/** Nouns that head a description before a name ("the Palestinian movement Hamas", "the U.S. envoy Whitcombe"). */
const descriptorHead =
  /^(?:group|movement|organi[sz]ation|militia|faction|party|network|government|administration|regime|ministry|agency|envoy|minister|spokesman|spokeswoman|spokesperson|leader|official|commander|chief|president|prime|negotiator|mediator|adviser|advisor|director|head|activist|militants?|fighters?|rebels?|insurgents?|forces|army|force)$/i;
/** A hyphenated modifier ("Hamas-run", "Iran-backed"): a label on its own. */
const hyphenModifier = /^\p{Lu}[\p{L}.]*-\p{Ll}+$/u;
/** Nouns that say nothing of who the actor is when they stand alone ("W. Mark Felt, the man who…", "America, a country that…"). */
const emptyNoun =
  /^(?:man|woman|boy|girl|person|one|thing|place|country|nation|city|town|organi[sz]ation|company|institution|entity)$/i;
/** A present participle ending an appositive: the phrase is a clause cut short ("a Republican trying [to…]"). */
const trailingParticiple = /\s+\p{Ll}+ing$/u;
/** Every word capitalised: a name ("the United States"), not a description. */
const allCapitalised = (phrase: string): boolean => phrase.split(/\s+/).every((w) => /^\p{Lu}/u.test(w));

/** An appositive that describes: not a name, not a clause ("the European Union and Japan have…"), not a bare plural. */
function isAppositiveLabel(phrase: string): boolean {
  const ws = phrase.split(/\s+/);
  if (phrase.length <= tooShort || allCapitalised(phrase) || ws.some((w) => notInLabel.test(w))) return false;
  if (emptyNoun.test(phrase) || trailingParticiple.test(phrase)) return false;
  return ws.length > 1 || descriptorHead.test(phrase) || !phrase.endsWith("s");
}

/** Labels of each actor mentioned in an article. Mentions inside a hyphenated word ("Hamas-led") are skipped. */
export function actorLabels(article: Article): ActorLabel[] {
  const labels: ActorLabel[] = [];
  for (const mention of article.mentions) {
    if (mention.kind === "place" || mention.channel === true) continue;
    if (article.text.charAt(mention.end) === "-") continue;
    const after = article.text.slice(mention.end, mention.end + 120);
    const appositive = appositiveAfter.exec(after);
    const apposition = appositive?.[1];
    if (apposition !== undefined && appositive !== null && isAppositiveLabel(apposition)) {
      labels.push({
        actor: mention.actor,
        label: apposition,
        text: article.text.slice(mention.start, mention.end + appositive[0].length),
      });
      continue;
    }
    const before = article.text.slice(Math.max(0, mention.start - 80), mention.start);
    const modifiers = modifiersBefore.exec(before);
    const phrase = modifiers?.[1]?.trim();
    if (phrase === undefined) continue;
    const phraseWords = phrase.split(/\s+/);
    const last = phraseWords.at(-1) ?? "";
    if (phraseWords.some((w) => notInLabel.test(w))) continue;
    if (!descriptorHead.test(last) && !phraseWords.every((w) => hyphenModifier.test(w))) continue;
    // A capitalised head is the title of the name ("the deal President Obama", "relayed President Trump"): the words
    // before it belong to the clause, not to a description.
    if (descriptorHead.test(last) && /^\p{Lu}/u.test(last)) continue;
    labels.push({
      actor: mention.actor,
      label: phrase,
      text: article.text.slice(mention.start - (modifiers?.[0].trimStart().length ?? 0), mention.end),
    });
  }
  return labels;
}
