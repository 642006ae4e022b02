import type { ActorSlot } from "./actorSlots.js";
import { animalVictim } from "./animalVictim.js";
import { assertedClause } from "./assertedClause.js";
import { causativeHelp } from "./causativeHelp.js";
import { committedStance } from "./committedStance.js";
import { crimeCommitted } from "./crimeCommitted.js";
import { deniedThing } from "./deniedThing.js";
import { engagedIn } from "./engagedIn.js";
import { forSubjectInfinitive } from "./forSubjectInfinitive.js";
import { gerundSubject } from "./gerundSubject.js";
import { journeyReading } from "./journeyReading.js";
import type { PatternMatch } from "./matchPatterns.js";
import { lookedInto } from "./lookedInto.js";
import { metRequirement } from "./metRequirement.js";
import { namedCalled } from "./namedCalled.js";
import { opinionComplement } from "./opinionComplement.js";
import { quotedMention } from "./quotedMention.js";
import { possibilityInfinitive } from "./possibilityInfinitive.js";
import { recognizedThing } from "./recognizedThing.js";
import { refusedStatement } from "./refusedStatement.js";
import { speakerCalled } from "./speakerCalled.js";
import { thingSubject } from "./thingSubject.js";
import { travelReturn } from "./travelReturn.js";
import type { Word } from "./tokenizeSentence.js";
import type { VerbGroup } from "./verbGroup.js";
import { wordsProvided } from "./wordsProvided.js";

/**
 * Whether a coded verb, read in its sentence, is no event in one of the ways ordinary (political) news uses event
 * verbs, measured on BASIL articles with eval/events/precision.ts. Each reading is its own file with its cases:
 * - a thing as subject of an act only actors do: "the law allows businesses to refuse" (thingSubject);
 * - "engage in" an activity that is no fight: "engaged in a lengthy back-and-forth" (engagedIn);
 * - "insist"/"concede" with a clause of fact: "insisted it was not a program" (assertedClause);
 * - "help" making another act happen: "helped defeat a program" (causativeHelp);
 * - a gerund as the subject of its clause: "declaring an emergency would spark a backlash" (gerundSubject);
 * - "meet" a requirement or resistance: "is expected to meet resistance" (metRequirement);
 * - "commit" a wrong: "conspiracy to commit offenses" (crimeCommitted);
 * - "recognize" a thing: "recognized the package" (recognizedThing);
 * - an -ing policy after a verb of opinion: "he favors allowing domestic partnerships" (opinionComplement);
 * - "deny" a thing withheld: "deny service to gays" (deniedThing);
 * - "returning" on a journey: "Returning to the Pentagon, he asked…" (journeyReading);
 * - giving votes or words: "Democrats provided votes to fund the government" (wordsProvided);
 * - "call on" a person to speak: "calling on Ms. Pelosi, who disputed the figures" (speakerCalled);
 * - "look into" the camera: "Akin looks into the camera" (lookedInto);
 * - "called" naming: "a group called Political Chips", "what he called a witch hunt" (namedCalled);
 * - "return" as the subject's journey back: "was scheduled to return Tuesday to Phoenix" (travelReturn);
 * - "committed to" an -ing form, a disposition: "fully committed to repealing Obamacare" (committedStance);
 * - an infinitive of what may be done: "the right to declare", "have three weeks to reach a deal" (possibilityInfinitive);
 * - an infinitive with its subject after a noun of asking: "a call for Obama to resign" (forSubjectInfinitive);
 * - a refusal to say or name: "refused to even say the words" (refusedStatement);
 * - a quotation mentioned, not said: "change the phrase "attacks in Benghazi"", "the “Defeat ISIS” coalition"
 *   (quotedMention);
 * - an animal killed or freed: "a dentist killed Cecil, a lion" (animalVictim).
 *
 * @example ordinaryNewsReading(words("the law allows businesses to refuse"), slots, match, group, "080") // → true
 */
export function ordinaryNewsReading(
  words: readonly Word[],
  slots: readonly ActorSlot[],
  match: PatternMatch,
  group: VerbGroup,
  code: string,
): boolean {
  return (
    thingSubject(words, slots, match, group, code) ||
    engagedIn(words, slots, match, group, code) ||
    assertedClause(words, slots, match, code) ||
    causativeHelp(words, slots, match, code) ||
    gerundSubject(words, match, group) ||
    metRequirement(words, slots, match, code) ||
    crimeCommitted(words, match, group, code) ||
    recognizedThing(words, slots, match, code) ||
    opinionComplement(words, match) ||
    deniedThing(words, match, code) ||
    journeyReading(words, match, group) ||
    wordsProvided(words, match, code) ||
    speakerCalled(words, slots, match, code) ||
    lookedInto(words, match, code) ||
    namedCalled(words, match) ||
    travelReturn(words, slots, match, group, code) ||
    committedStance(words, slots, match, code) ||
    possibilityInfinitive(words, slots, group) ||
    forSubjectInfinitive(words, slots, group) ||
    refusedStatement(words, match, code) ||
    quotedMention(words, match) ||
    animalVictim(words, match, group)
  );
}
