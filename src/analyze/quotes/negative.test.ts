import { describe, expect, it } from "vitest";
import { splitSentences } from "../segment/splitSentences.js";
import { findQuotes } from "./findQuotes.js";

const quotesIn = (text: string) => findQuotes(text, splitSentences(text));

// Text that must produce no quote.
describe("findQuotes negative cases", () => {
  const none = [
    "The so-called “peace plan” was shelved on Tuesday.",
    'The so-called "peace plan" was shelved on Tuesday.',
    "Joaquin “El Chapo” Guzmán was extradited to the United States.",
    "She starred in “Gone With the Wind” and later in “The Wizard of Oz.”",
    "Trump's rally drew thousands of supporters to the arena.",
    "The talks resumed in Doha after a week of shuttle diplomacy.",
    "The ‘red line’ was crossed, the map shows.",
    "",
    "“Breaking”",
    // Cue words of the learned lexicon used as nouns or adjectives, or with no subject, or in the passive.
    "The attacks on the convoy killed 12 soldiers.",
    "Questions about the deal remain unanswered.",
    "Planned Parenthood clinics remained open on Tuesday.",
    "The backing vocals were recorded in 1998.",
    "Trump was endorsed by the newspaper on Sunday.",
    // Cue words inside names and after a determiner or a possessive are not cues.
    "The United States Army Corps of Engineers built the levees in 1965.",
    "The note was left on the table for the family to find in the morning.",
    "Editor’s note: This story has been updated to correct a date.",
    // Stance nouns with no possessive holder, or with the wrong word after them, are not attributions.
    "The criticism of the plan was muted on Tuesday.",
    "Support for the measure fell to 40 percent in the poll.",
    "His support staff arrived at the hotel late on Friday.",
    "Trump’s plan for the wall was shelved after the vote.",
    // A naming verb in the passive, or before a word that is no object, reports nobody's words.
    "The meeting was called by the chairman on Tuesday.",
    "Officials called early and left before noon.",
    // A line label that names no speaker.
    "The Latest: Storms move east across the region overnight.",
    // A subject inside the clause is no trailing attribution; an inverted cue needs a comma after its speaker.
    "Under the plan, costs would fall far faster than its critics claim.",
    "The plan is dead, said a source close to the talks who was not authorized to speak about the matter at all.",
    // Plural nouns that are cue words as verbs ("states that", "attacks Clinton").
    "Voters in battleground states like Ohio remain undecided.",
    "Terrorist attacks on the capital have unsettled many Americans.",
    "Such questions about the budget linger in two states.",
    // A dateline and an introductory phrase are not speakers, and a lead-in with no poll reports nothing.
    "WASHINGTON (AP) — The Senate adjourned on Tuesday.",
    "In the polling station, voters waited for hours in the rain.",
    "In the poll workers’ break room, the coffee ran out.",
    "In the morning, the senator flew to Ohio.",
    // Two apostrophes that are not a quotation mark.
    "The players'' union met on Tuesday.",
    // "asked" with no question after it, a passive act that is no speech, a participle with no holder of words.
    "Asked, she smiled and walked on.",
    "The bill was signed by the governor on Friday.",
    "The plan has been welcomed by the European Union.",
    "The company makes software for people saying goodbye to old habits.",
    // A short object after a cue is no channel: nothing before it is attributed.
    "Campaigning against Mitt Romney in 2012, he barely mentioned climate change.",
    // Cue words in another sense, shown by the word after them, or a participle counting a noun.
    "Clinton won the primary in Ohio, adding to her lead among pledged delegates.",
    "The governor appeared on local television with his family on Sunday.",
    "Thousands of residents signed up for the new bus service last month.",
    "Hundreds of volunteers showed up at the park before dawn.",
    "The correspondent reported from the border town for three weeks.",
    "The mayor now leads the council by 14 pledged votes after the recount.",
    // A verb of regarding with no "as" after its object, in the passive, or with "as" as a conjunction.
    "The mayor will see the new stadium plans on Friday.",
    "The mayor is widely seen as a reformer in the city.",
    "We will see the final results as soon as Monday.",
    "The guards saw him as he left the building.",
  ];
  for (const text of none) {
    it(JSON.stringify(text), () => {
      expect(quotesIn(text)).toEqual([]);
    });
  }
});

// Words that must not be given as a speaker: an opening adverb, a time phrase, the subject of a passive.
describe("findQuotes negative speakers", () => {
  const cases: Array<[string, RegExp]> = [
    ["Essentially, the lawyers looked through the e-mails and found that one address was private.", /Essentially/u],
    ["A month later, the senator visited the border, saying the wall would be built.", /month/u],
    ["Clinton’s allies have in the past said the server was approved.", /past/u],
    ["Trump is expected to deliver a victory speech later tonight.", /Trump/u],
    ["Rubio was asked by a moderator whether his tax plan would cost too much.", /Rubio/u],
    ["Agents will ask whether any of the aides knew the emails were classified.", /whether/u],
    // The subject of a participle under a preposition is the sentence's, never an opening adverb or a time.
    ["Even this week, the crowd came to endorse the plan for the park.", /Even|week/u],
    ["Soon after the vote, by criticizing the deal, the party split.", /Soon/u],
  ];
  for (const [text, speaker] of cases) {
    it(JSON.stringify(text), () => {
      for (const q of quotesIn(text)) expect(q.speakerText ?? "").not.toMatch(speaker);
    });
  }
});
