import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/**
 * Root coverage (data/events/verbs.yaml, "Session 7"): wording of CAMEO acts that coded nothing or the wrong root.
 * Each entry has a sentence it must code and an ordinary-news sentence with the same words that it must not.
 */
describe("root coverage: acts that coded nothing", () => {
  it.each([
    [
      "evacuating nationals is humanitarian aid",
      "France evacuated hundreds of its nationals from Lebanon.",
      "073 country:FRA>country:LBN",
    ],
    ["rescuing migrants", "Italy rescued 400 migrants off the coast of Libya.", "073 country:ITA>country:LBY"],
    [
      "seeking refuge is an appeal",
      "Thousands of Syrian civilians sought refuge in Turkey.",
      "023 country:SYR>country:TUR",
    ],
    ["applying for asylum", "The Iraqi dissident applied for asylum in Germany.", "023 country:IRQ>country:DEU"],
    [
      "defacing web sites damages property",
      "Chinese hackers defaced government web sites in Taiwan.",
      "171 country:CHN>country:TWN",
    ],
    [
      "a cyber attack coerces",
      "North Korea carried out a cyberattack against South Korean banks.",
      "170 country:PRK>country:KOR",
    ],
    [
      "paying compensation returns property",
      "Uganda said it had paid compensation to British nationals for assets they lost.",
      "0842 country:UGA>country:GBR",
    ],
    ["granting aid", "Japan granted 50 million dollars in aid to Vietnam.", "071 country:JPN>country:VNM"],
    ["shipping tanks", "The United States shipped tanks to Israel.", "072 country:USA>country:ISR"],
    [
      "expressing remorse apologizes",
      "Japan expressed remorse to China for its wartime aggression.",
      "055 country:JPN>country:CHN",
    ],
    ["dismissing a report denies", "Iran dismissed the report as baseless propaganda by Israel.", "016 country:IRN>-"],
    [
      "blocking border crossings",
      "Truckers from Mexico blocked border crossings with the United States.",
      "144 country:MEX>country:USA",
    ],
    ["sending a carrier", "The United States sent an aircraft carrier to the Gulf.", "154 country:USA>named:gulf"],
    ["sending riot police", "China sent 300 riot police to Lhasa.", "153 country:CHN>place:lhasa"],
    [
      "regaining control",
      "Government troops regained control of the town from Ugandan rebels.",
      "192 agent:military>country:UGA",
    ],
    [
      "agreeing to demands yields",
      "The Egyptian government agreed to the demands of the protesters.",
      "080 country:EGY>agent:protesters:EGY",
    ],
    ["easing a closure", "Israel eased the closure of the West Bank.", "081 country:ISR>place:west-bank"],
    ["closing down a newspaper", "The Turkish government closed down the pro-Kurdish newspaper.", "1721 country:TUR>-"],
    ["providing asylum", "Germany provided asylum to the Turkish journalist.", "075 country:DEU>country:TUR"],
    [
      "welcoming refugees is asylum, not praise",
      "Canada welcomed 25,000 Syrian refugees.",
      "075 country:CAN>country:SYR",
    ],
    ["burning flags", "Protesters in Pakistan burned American flags.", "141 agent:protesters:PAK>country:USA"],
    ["threatening reprisals", "Iran threatened reprisals against Israel.", "138 country:IRN>country:ISR"],
    [
      "holding hearings",
      "The US Senate held hearings into the Iranian nuclear program.",
      "090 org:us-senate>country:IRN",
    ],
    ["training police", "Italy trained Libyan police.", "062 country:ITA>country:LBY"],
    ["ordering diplomats out", "Russia ordered British diplomats to leave.", "161 country:RUS>country:GBR"],
    ["mutilating", "Militants mutilated the bodies of Syrian soldiers.", "182 agent:militants>country:SYR"],
    ["cutting gas supplies is an embargo", "Russia cut gas supplies to Ukraine.", "163 country:RUS>country:UKR"],
    ["suspending arms sales", "Britain suspended arms sales to Israel.", "1622 country:GBR>country:ISR"],
    [
      "troops' checkpoints restrict movement",
      "Israeli troops set up checkpoints around Nablus.",
      "191 country:ISR>place:nablus",
    ],
    [
      "protesters' roadblocks obstruct",
      "Protesters set up roadblocks in Caracas.",
      "144 agent:protesters:VEN>place:caracas",
    ],
    ["ending a visit is a visit", "The Chinese premier ended his visit to India.", "042 country:CHN>country:IND"],
  ])("%s", (_case, text, first) => {
    expect(coded(text)[0]).toBe(first);
  });

  it("keeps a claim that another acted an accusation", () => {
    expect(coded("Israel claimed that Hamas attacked first.")[0]).toBe("112 country:ISR>group:hamas");
  });

  it.each([
    [
      "a claim about an attack",
      "The administration initially claimed the attack was the result of a protest, Biden said.",
    ],
    ["hacked emails", "Reporters searched through hacked emails from Democrats."],
    ["gas prices cut", "Russia cut gas prices for Ukraine."],
    ["exports halted by a company", "The company halted oil exports after the storm."],
    ["players welcomed", "The coach welcomed the new players."],
    ["a hearing on a topic", "Trey Gowdy said he intends to hold a hearing on election security at the end of July."],
    ["a building evacuated", "Police evacuated the building after a bomb threat."],
    ["refuge in an asset", "Investors sought refuge in gold."],
    ["a statue defaced by no actor", "Vandals defaced a statue in Boston."],
    ["a security product", "Apple launched a cyber security product."],
    ["compensation to customers", "The airline paid compensation to passengers."],
    ["a grant to a museum", "The foundation granted a million dollars to the museum."],
    ["money granted in an imperative", "Grant Donald Trump the $1.6 billion he asked for, Lamar Alexander wrote."],
    ["tanks shipped to customers", "The factory shipped tanks to customers."],
    ["remorse of a defendant", "The defendant expressed remorse."],
    ["a phone call ignored", "He ignored a phone call from his mother."],
    ["a crossing blocked by snow", "Snow blocked the crossing."],
    ["a fleet of trucks", "The company sent a fleet of trucks to the Gulf."],
    ["police reports sent", "Israel sent police reports to Egypt."],
    ["control of a game", "The Yankees regained control of the game."],
    ["a closure not eased", "Israel did not ease the closure of Gaza."],
    ["a newspaper that closed", "The newspaper closed down."],
  ])("codes nothing for %s: %s", (_case, text) => {
    expect(coded(text)).toEqual([]);
  });

  it("keeps a refusal to agree to demands a refusal", () => {
    expect(coded("Israel refused to agree to the demands of Hamas.")[0]).toBe("124 country:ISR>group:hamas");
  });
});

describe("root coverage: generic actors", () => {
  it.each([
    ["pirates", "Pirates hijacked a Greek tanker.", "181 agent:kidnappers>country:GRC"],
    ["a gunman", "A gunman shot dead an Israeli soldier.", "193 agent:gunmen>country:ISR"],
    ["a suicide bomber", "A suicide bomber blew himself up in Kabul.", "1831 agent:bombers>place:kabul"],
  ])("%s", (_case, text, first) => {
    expect(coded(text)[0]).toBe(first);
  });
  it("names no actor for a noun that is no agent", () => {
    expect(coded("Fishermen attacked a Greek tanker.")[0]).toBe("190 ->country:GRC");
  });
});

describe("an object inside the pattern keeps the verb active", () => {
  it("reads 'rejected a proposal by Egypt' with Syria as the source", () => {
    expect(coded("Syria rejected a proposal by Egypt for a truce.")[0]).toBe("127 country:SYR>country:EGY");
    expect(coded("Syria ignored the ceasefire call by the United Nations.")[0]).toBe(
      "120 country:SYR>org:united-nations",
    );
  });
  it("still reads a bare participle before 'by' as a passive", () => {
    expect(coded("Israeli civilians taken hostage by Hamas were freed.")[0]).toBe("181 group:hamas>country:ISR");
  });
});
