import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/**
 * The breadth of data/events/verbs.yaml: one news sentence per CAMEO code family (01–20) for the codebook wording
 * added beyond the first dictionary (phrasal verbs, synonyms, light-verb phrases and event nouns), with the code and
 * dyad each must get; then ordinary uses of the same words that must code nothing.
 */
describe("event lexicon: one sentence per CAMEO family", () => {
  it.each([
    ["01 deny (reject accusations)", "Iran rejected accusations that it had armed the Houthis.", ["016 country:IRN>-"]],
    [
      "01 empathetic comment",
      "China extended condolences to Japan after the earthquake.",
      ["018 country:CHN>country:JPN"],
    ],
    ["02 appeal for military aid", "Ukraine sought weapons from Germany.", ["0232 country:UKR>country:DEU"]],
    [
      "02 appeal for peacekeeping",
      "Somalia called for peacekeepers from the African Union.",
      ["0234 country:SOM>org:african-union"],
    ],
    [
      "02 appeal for judicial cooperation",
      "Pakistan requested the extradition of the suspect from Britain.",
      ["0213 country:PAK>country:GBR"],
    ],
    ["03 intent to support", "Russia pledged support for Syria.", ["032 country:RUS>country:SYR"]],
    ["03 intent to meet", "Turkey offered talks to Greece.", ["036 country:TUR>country:GRC"]],
    ["04 visit (land in)", "The Chinese premier landed in Moscow on Monday.", ["042 country:CHN>country:RUS"]],
    [
      "04 mediate (host talks between)",
      "Egypt hosted talks between Israel and Hamas.",
      ["045 country:EGY>country:ISR"],
    ],
    ["05 endorse (stand by)", "Germany stood by Israel after the attack.", ["051 country:DEU>country:ISR"]],
    ["05 rally support", "Russia drummed up support from India.", ["053 country:RUS>country:IND"]],
    [
      "05 sign agreement (hammer out)",
      "Japan hammered out a trade deal with Australia.",
      ["057 country:JPN>country:AUS"],
    ],
    ["06 cooperate", "Norway worked closely with Sweden on the investigation.", ["060 country:NOR>country:SWE"]],
    ["06 judicial cooperation", "Kenya handed over suspects to Uganda.", ["063 country:KEN>country:UGA"]],
    ["07 economic aid (bail out)", "The IMF bailed out Greece.", ["071 org:international-monetary-fund>country:GRC"]],
    [
      "07 humanitarian aid (rush aid)",
      "Germany rushed aid to Turkey after the earthquake.",
      ["073 country:DEU>country:TUR"],
    ],
    ["07 asylum (take in refugees)", "Germany took in refugees from Syria.", ["075 country:DEU>country:SYR"]],
    ["08 yield (cave in)", "The government caved in to the protesters.", ["080 agent:government>agent:protesters"]],
    ["08 ease blockade", "Israel eased the blockade on Gaza.", ["0872 country:ISR>place:gaza"]],
    ["08 ease dissent (call off)", "The protesters called off the march.", ["082 agent:protesters>-"]],
    [
      "08 leadership change",
      "Italian Prime Minister Matteo Renzi tendered his resignation.",
      ["0831 person:matteo-renzi>-"],
    ],
    ["08 release (let go)", "Russia let Ukrainian sailors go.", ["0841 country:RUS>country:UKR"]],
    ["08 ease sanctions (unfreeze)", "Britain unfroze Libyan assets.", ["085 country:GBR>country:LBY"]],
    ["08 de-escalate (pull out of)", "Israel pulled out of Gaza.", ["087 country:ISR>place:gaza"]],
    ["09 investigate", "Police summoned Imran Khan for questioning.", ["090 agent:police>person:imran-khan"]],
    [
      "10 demand institutional change",
      "Protesters demanded elections from the government.",
      ["1044 agent:protesters>agent:government"],
    ],
    ["10 demand diplomatic cooperation", "Russia demanded an apology from Turkey.", ["102 country:RUS>country:TUR"]],
    ["11 criticize (tear into)", "Germany tore into Hungary over the law.", ["111 country:DEU>country:HUN"]],
    ["11 accuse (hold responsible)", "France held Iran responsible for the attack.", ["112 country:FRA>country:IRN"]],
    ["11 complain officially", "Ukraine filed a protest with Hungary.", ["114 country:UKR>country:HUN"]],
    ["11 sue", "Ukraine brought a case against Russia.", ["115 country:UKR>country:RUS"]],
    ["12 reject talks (rule out)", "Iran ruled out talks with the United States.", ["125 country:IRN>country:USA"]],
    ["12 defy norms (renege)", "Iran reneged on the deal with France.", ["128 country:IRN>country:FRA"]],
    ["14 violent protest (pelt)", "Protesters pelted police with stones.", ["145 agent:protesters>agent:police"]],
    [
      "15 mobilize armed forces (scramble)",
      "North Korea scrambled jets near South Korea.",
      ["154 country:PRK>country:KOR"],
    ],
    ["15 mobilize armed forces (beef up)", "Russia beefed up forces near Ukraine.", ["154 country:RUS>country:UKR"]],
    ["16 sanctions (hit with)", "The United States hit Russia with sanctions.", ["163 country:USA>country:RUS"]],
    ["16 embargo (ban imports)", "China banned imports from Australia.", ["163 country:CHN>country:AUS"]],
    ["16 halt negotiations", "Iran walked away from talks with the United States.", ["164 country:IRN>country:USA"]],
    ["16 withdraw (exit)", "Britain exited the European Union.", ["166 country:GBR>org:european-union"]],
    ["17 coerce (hack into)", "China hacked into Taiwanese networks.", ["170 country:CHN>country:TWN"]],
    ["17 destroy property (torch)", "Troops torched houses in Myanmar.", ["1712 agent:military>country:MMR"]],
    [
      "17 arrest (remand)",
      "Egypt remanded Alaa Abd El-Fattah in custody.",
      ["173 country:EGY>person:alaa-abd-el-fattah"],
    ],
    ["17 expel (turn back)", "Hungary turned back refugees from Serbia.", ["174 country:HUN>country:SRB"]],
    ["18 kill by physical assault", "Militants strangled Daniel Pearl.", ["1823 agent:militants>person:daniel-pearl"]],
    ["19 artillery (fire a barrage)", "Hamas fired a barrage of rockets at Israel.", ["194 group:hamas>country:ISR"]],
    ["19 fight (down a drone)", "Russia downed a Ukrainian drone.", ["190 country:RUS>country:UKR"]],
    ["19 aerial weapons (drone strikes)", "Israel carried out drone strikes on Gaza.", ["195 country:ISR>place:gaza"]],
    ["19 occupy (take a town)", "Russian forces took the town of Bakhmut.", ["192 country:RUS>named:bakhmut"]],
    ["20 chemical weapons", "Syrian forces launched a chemical attack on Ghouta.", ["2041 country:SYR>named:ghouta"]],
    ["20 mass expulsion (displace)", "Sudan displaced civilians in Darfur.", ["201 country:SDN>place:darfur"]],
  ])("%s: %s", (_case, text, expected) => {
    expect(coded(text)).toEqual(expected);
  });
});

describe("event lexicon: session 6 root coverage", () => {
  it.each([
    [
      "03 vow to continue support (a promise, not a threat)",
      "Iran vowed to continue its support for Syria.",
      ["032 country:IRN>country:SYR"],
    ],
    [
      "03 agree to a named arrangement",
      "Hamas agreed to a prisoner exchange with Israel.",
      ["030 group:hamas>country:ISR"],
    ],
    ["03 assure of support", "Turkey assured Azerbaijan of its support.", ["032 country:TUR>country:AZE"]],
    ["04 receive a delegation", "Kenya received a delegation from Somalia.", ["043 country:KEN>country:SOM"]],
    ["08 hand power to", "Serbia handed power to an interim government.", ["0831 country:SRB>agent:government:SRB"]],
    ["11 call something unacceptable", "Germany called Iran's remarks unacceptable.", ["111 country:DEU>country:IRN"]],
    ["12 deny asylum", "Turkey denied asylum to the Iraqi defector.", ["120 country:TUR>country:IRQ"]],
    ["12 stand firm", "Iran stood firm against pressure from the United States.", ["124 country:IRN>country:USA"]],
    [
      "13 threaten a general strike",
      "The union threatened a nationwide strike against the government.",
      ["133 ->agent:government"],
    ],
    [
      "16 walk out of negotiations",
      "Syria walked out of the negotiations with Israel.",
      ["164 country:SYR>country:ISR"],
    ],
    [
      "16 withdraw from a community",
      "Venezuela withdrew from the Andean Community.",
      ["166 country:VEN>named:andean-community"],
    ],
    ["16 close an embassy in", "Canada closed its embassy in Iran.", ["161 country:CAN>country:IRN"]],
    ["19 capture a capital", "Ethiopian troops captured the Somali capital.", ["192 country:ETH>country:SOM"]],
    ["19 impose a closure", "Israel imposed a closure on the West Bank.", ["191 country:ISR>place:west-bank"]],
  ])("%s: %s", (_case, text, expected) => {
    expect(coded(text)).toEqual(expected);
  });

  it.each([
    [
      "08 hand over control to",
      "Israel handed over control of Jericho to the Palestinians.",
      ["080 country:ISR>country:PSE"],
    ],
    ["15 put the navy on alert", "India put its navy on alert.", ["152 country:IND>-"]],
    ["08 generic actor (strikers)", "Strikers called off their strike.", ["082 agent:workers>-"]],
    [
      "17 generic actor (a mob)",
      "A mob burned down the police station in Lagos.",
      ["1712 agent:rioters:NGA>agent:police"],
    ],
    [
      "16 order inspectors out",
      "Iraq ordered UN weapons inspectors to leave the country.",
      ["1662 country:IRQ>org:united-nations"],
    ],
    ["16 halt loans", "Japan halted all loans to China.", ["1621 country:JPN>country:CHN"]],
    [
      "16 freeze contacts",
      "The European Union froze all contacts with Austria.",
      ["160 org:european-union>country:AUT"],
    ],
    ["17 censor (block access to a website)", "China blocked access to Google.", ["1721 country:CHN>-"]],
  ])("%s: %s", (_case, text, expected) => {
    expect(coded(text)).toEqual(expected);
  });

  it.each([
    // A demand or an appeal whatever the act asked for; the act's own code when it is an event.
    [
      "told an actor to (no event verb)",
      "The United States has told Syria to stop the flow of fighters into Iraq.",
      ["100 country:USA>country:SYR"],
    ],
    [
      "told an actor to (an event verb)",
      "The United States told Syria to withdraw its troops from Lebanon.",
      ["1056 country:USA>country:SYR"],
    ],
    ["asked an actor to (no event verb)", "Iran asked Russia to build a reactor.", ["020 country:IRN>country:RUS"]],
    ["pushed an actor to", "Washington pushed Israel to accept the plan.", ["100 country:USA>country:ISR"]],
    ["lobbied an actor to", "The EU lobbied Turkey to free the journalists.", ["0253 org:european-union>country:TUR"]],
    ["proposed to (intent)", "Russia proposed to hold talks with Ukraine.", ["036 country:RUS>country:UKR"]],
    ["swore to (threat)", "Hamas swore to attack Israel.", ["138 group:hamas>country:ISR"]],
    [
      "unwilling to (refusal)",
      "Iran is unwilling to hold talks with the United States.",
      ["125 country:IRN>country:USA"],
    ],
    ["determined to (threat)", "Iran is determined to attack Israel.", ["138 country:IRN>country:ISR"]],
  ])("frames, %s: %s", (_case, text, expected) => {
    expect(coded(text)).toEqual(expected);
  });

  it.each([
    // cameo.yaml oneActor: an investigation, a demand or a rejection of a thing names no target.
    ["09 investigate a thing", "Police are investigating the bombing.", ["093 agent:police>-"]],
    ["10 demand a thing", "The rebels demanded a ceasefire.", ["1056 agent:rebels>-"]],
    ["12 refuse an act", "Iran refused to suspend uranium enrichment.", ["120 country:IRN>-"]],
    // "decided to" is no intent frame: the decision is the act.
    [
      "decided to (the act)",
      "The European Union decided to impose sanctions on Iran.",
      ["163 org:european-union>country:IRN"],
    ],
  ])("one actor or no frame, %s: %s", (_case, text, expected) => {
    expect(coded(text)).toEqual(expected);
  });

  it.each([
    ["a decision not to act", "Iran decided not to expel British diplomats."],
    [
      "an appeal to someone who is no actor is no act of the one appealing",
      "Mitt Romney urged Brewer to veto the bill.",
    ],
    ["prices holding firm", "Oil prices held firm."],
    ["a company's decision", "The company decided to expand its business."],
    ["criticism or praise of a thing still needs a target", "Serbia criticized the peace plan."],
    ["telling people who are no actor", "Putin told reporters to expect a deal."],
  ])("codes nothing: %s: %s", (_case, text) => {
    expect(coded(text)).toEqual([]);
  });
});

describe("event lexicon: event nouns", () => {
  it.each([
    ["a ceasefire between two parties", "A ceasefire between Israel and Hamas took effect.", "0871"],
    ["a trial", "The trial of Alexei Navalny by Russia opened.", "173"],
    ["an execution", "Iran's execution of Jamshid Sharmahd drew protests.", "1823"],
  ])("%s: %s", (_case, text, code) => {
    expect(coded(text).map((e) => e.split(" ")[0])).toContain(code);
  });
});

describe("event lexicon: ordinary uses code nothing", () => {
  it.each([
    ["pleading guilty is no appeal", "Jesse Jackson pleaded guilty to fraud charges."],
    ["pushing back on a plan is no fight", "Democrats pushed back on the plan."],
    ["a media offensive is no attack", "Hamas went on the offensive in the media."],
    ["a war on an industry is no war", "Obama's war on coal angered Republicans."],
    ["a record high is no hit", "Germany hit a record high in exports."],
    ["taking part is no take-over", "Israel took part in the Eurovision contest."],
    ["trading barbs is no trade", "China traded barbs with Australia."],
    ["a football score is no shelling", "Brazil hammered Germany in the semi-final."],
    ["rates are no tariffs", "The Fed raised rates."],
    ["standing by one's own decision has no target", "Obama stood by his decision."],
  ])("%s: %s", (_case, text) => {
    expect(coded(text)).toEqual([]);
  });
});
