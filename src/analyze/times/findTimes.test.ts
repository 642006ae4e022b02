import { describe, expect, it } from "vitest";
import { findTimes } from "./findTimes.js";

/** A Tuesday. */
const published = "2025-09-16";

/** [phrase in a sentence, the expression's text, expected TimeML value]. */
const cases: Array<[string, string, string]> = [
  // weekdays: past narration points back, the future ahead
  ["He met with Trump on Friday.", "Friday", "2025-09-12"],
  ["She will meet Trump on Friday.", "Friday", "2025-09-19"],
  // a participle inside a future verb group does not make it past
  ["The school will remain closed until Friday.", "Friday", "2025-09-19"],
  ["The group might come as soon as Wednesday.", "Wednesday", "2025-09-17"],
  ["It had been due to expire Friday evening.", "Friday evening", "2025-09-12TEV"],
  // clock times with their day
  ["He was shot at 10 p.m. Wednesday, police said.", "10 p.m. Wednesday", "2025-09-10T22:00"],
  ["Negotiations broke off at noon Thursday.", "noon Thursday", "2025-09-11T12:00"],
  // recurring weekdays
  ["Flights leave on Monday and Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI"],
  ["Flights leave on Monday and Tuesday nights.", "Monday", "XXXX-WXX-1TNI"],
  ["The market opens on Sundays.", "Sundays", "XXXX-WXX-7"],
  ["The talks ended last Monday.", "last Monday", "2025-09-15"],
  ["Protesters gathered Sunday night.", "Sunday night", "2025-09-14TNI"],
  // deictic days and parts of day
  ["Officials said yesterday that the border was closed.", "yesterday", "2025-09-15"],
  ["The vote is tomorrow.", "tomorrow", "2025-09-17"],
  ["Markets fell this morning.", "this morning", "2025-09-16TMO"],
  ["Shelling continued last night.", "last night", "2025-09-15TNI"],
  // relative calendar units
  ["Six deaths were reported last week.", "last week", "2025-W37"],
  ["Prices rose last month.", "last month", "2025-08"],
  ["Turnout fell earlier this year.", "earlier this year", "2025"],
  ["A summit is planned next year.", "next year", "2026"],
  ["Inflation rose in the latest quarter.", "the latest quarter", "2025-Q2"],
  // amounts before or after now
  // a hedge is part of the extent (TIMEX3 mod=APPROX); "just" is not
  ["The ceasefire began about 10 days ago.", "about 10 days ago", "2025-09-06"],
  ["The plant closed nearly two years ago.", "nearly two years ago", "2023"],
  ["The ceasefire line was drawn more than four decades ago.", "more than four decades ago", "198X"],
  ["The firm opened just six years ago.", "six years ago", "2019"],
  ["The law passed three months ago.", "three months ago", "2025-06"],
  // written dates, numeric dates, times
  ["The attack came on Oct. 7, 2023.", "Oct. 7, 2023", "2023-10-07"],
  ["The report is dated 2024-05-03.", "2024-05-03", "2024-05-03"],
  ["Polls close at 2 p.m.", "2 p.m.", "2025-09-16T14:00"],
  // months, years, decades, seasons, quarters, fiscal years
  ["Fighting resumed in July 2024.", "July 2024", "2024-07"],
  ["In June last year, the leadership split.", "June last year", "2024-06"],
  ["The merger closes in April next year.", "April next year", "2026-04"],
  // a month-day a season or more ahead, told in the past, is last year's
  ["Revenue fell in the year ended Dec. 31.", "Dec. 31", "2024-12-31"],
  ["Revenue fell in the year ended Dec. 31.", "the year", "P1Y"],
  ["The suspect injured two doctors in December.", "December", "2024-12"],
  // quarters with their year
  ["The spin-off could be effective as early as next year's first quarter.", "next year's first quarter", "2026-Q1"],
  ["A charge was taken in the 2023 second quarter.", "the 2023 second quarter", "2023-Q2"],
  // years said in words (broadcast transcripts)
  ["His promise to halve unemployment by the year two thousand was dropped.", "the year two thousand", "2000"],
  ["He was convicted in nineteen ninety-one.", "nineteen ninety-one", "1991"],
  ["Prices peaked in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI"],
  // year-end and weeks named by a day
  ["The deal should close by year-end.", "year-end", "2025-12-31"],
  ["The index is down 5% since year-end.", "year-end", "2024-12-31"],
  ["A hearing is set for the week of Sept. 29.", "the week of Sept. 29", "2025-W40"],
  ["Output fell in May.", "May", "2025-05"],
  ["The company was founded in 2009.", "2009", "2009"],
  ["Growth stalled in the 1990s.", "the 1990s", "199X"],
  // in a September article, "last summer" is the one just ended
  ["Floods hit the region last summer.", "last summer", "2025-SU"],
  ["Snow closed the pass last winter.", "last winter", "2025-WI"],
  ["Sales rose in the third quarter.", "the third quarter", "2025-Q3"],
  ["Profit fell in fiscal 2024.", "fiscal 2024", "2024"],
  // intervals
  ["He served from 2017 to July 2024.", "from 2017 to July 2024", "2017/2024-07"],
  // durations
  ["Unemployment has risen over the past three years.", "the past three years", "P3Y"],
  ["The strike lasted 10 days.", "10 days", "P10D"],
  ["The flight took two hours.", "two hours", "PT2H"],
  ["It was the worst in a decade.", "a decade", "P10Y"],
  ["Talks have dragged on for several weeks.", "several weeks", "PXW"],
  ["Shipments will resume within two to three weeks.", "two to three weeks", "PXW"],
  ["They lived in refugee camps for 2 1/2 years.", "2 1/2 years", "P2Y6M"],
  ["She spent 5 1/2 hours in Nairobi.", "5 1/2 hours", "PT5H30M"],
  // vague references
  ["The situation is now stable.", "now", "PRESENT_REF"],
  ["He currently leads the party.", "currently", "PRESENT_REF"],
  ["Prices have climbed in recent years.", "recent years", "PAST_REF"],
  ["Such attacks were rare in the past.", "the past", "PAST_REF"],
  ["Talks may resume in the future.", "the future", "FUTURE_REF"],
  // sets
  ["The newsletter appears weekly.", "weekly", "P1W"],
  ["Patients are tested every day.", "every day", "P1D"],
  // named anchors
  ["Since October 7, Israel has struck Gaza thousands of times.", "October 7", "2023-10-07"],
  ["In post-October 7 Israel, Hamas is reviled.", "October 7", "2023-10-07"],
  ["The 9/11 attacks changed air travel.", "9/11", "2001-09-11"],
];

describe("findTimes", () => {
  it.each(cases)("%s → %s = %s", (sentence, text, value) => {
    const found = findTimes(sentence, published);
    const hit = found.find((t) => t.text === text);
    expect(hit, JSON.stringify(found)).toBeDefined();
    expect(hit?.value).toBe(value);
    expect(sentence.slice(hit?.start, hit?.end)).toBe(text);
  });

  it("marks resolved relative expressions as inferred and written dates as stated", () => {
    const [friday] = findTimes("He met with Trump on Friday.", published);
    expect(friday).toMatchObject({ evidence: "inferred", anchor: "publication", precision: "day" });
    const [written] = findTimes("The attack came on Oct. 7, 2023.", published);
    expect(written).toMatchObject({ evidence: "stated", precision: "day" });
  });

  it("gives offsets in UTF-16 code units after astral characters", () => {
    const text = "🇺🇦 Talks resumed on Friday.";
    const [t] = findTimes(text, published);
    expect(t && text.slice(t.start, t.end)).toBe("Friday");
  });

  it("leaves relative expressions out without a publication date but keeps stated ones", () => {
    const found = findTimes("He left last week and came back on Oct. 7, 2023.", null);
    expect(found.map((t) => t.value)).toEqual(["2023-10-07"]);
  });

  it("does not read October 7 as the anchor outside Israel–Hamas coverage", () => {
    const [t] = findTimes("The harvest festival opens on October 7 in Munich.", "2025-09-16");
    expect(t?.value).toBe("2025-10-07");
  });
});
