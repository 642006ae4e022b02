import { describe, expect, it } from "vitest";
import { codeText, coded } from "./testCoder.js";

/** One sentence per CAMEO family the issue lists, with the first event we must code. */
const families: [family: string, text: string, first: string][] = [
  ["01 statement", "France expressed condolences to Turkey.", "018 country:FRA>country:TUR"],
  ["01 statement", "Kenya claimed responsibility.", "015 country:KEN>-"],
  ["02 appeal", "The United Nations called on Iran to release the sailors.", "0253 org:united-nations>country:IRN"],
  ["036", "Iran will meet with France.", "036 country:IRN>country:FRA"],
  ["036", "Egypt agreed to host talks between Israel and Hamas.", "036 country:EGY>country:ISR"],
  ["03 intent", "Iran pledged to release the detained sailors.", "0353 country:IRN>-"],
  ["040", "Turkey met with Greece.", "040 country:TUR>country:GRC"],
  ["044", "The French president met Egypt's president in Geneva.", "044 country:FRA>country:EGY"],
  ["042", "The French president met Egypt's president in Cairo.", "042 country:FRA>country:EGY"],
  ["045", "Qatar mediated between Israel and Hamas.", "045 country:QAT>country:ISR"],
  ["046", "Israel held talks with Hamas in Doha.", "046 country:ISR>group:hamas"],
  ["057", "France signed an agreement with Germany.", "057 country:FRA>country:DEU"],
  ["061", "Japan agreed to cooperate economically with India.", "031 country:JPN>country:IND"],
  ["062", "Russia and China held joint military exercises.", "062 country:RUS>country:CHN"],
  ["063", "Spain extradited the suspect to France.", "063 country:ESP>country:FRA"],
  ["064", "Britain shared intelligence with Ukraine.", "064 country:GBR>country:UKR"],
  ["071", "Germany provided loans to Greece.", "071 country:DEU>country:GRC"],
  ["072", "The United States sent weapons to Ukraine.", "072 country:USA>country:UKR"],
  ["073", "Sweden sent humanitarian aid to Gaza.", "073 country:SWE>place:gaza"],
  ["074", "Kenya deployed peacekeepers to Haiti.", "074 country:KEN>country:HTI"],
  ["075", "France granted asylum to the Russian dissident.", "075 country:FRA>country:RUS"],
  ["08 yield", "Iran released the British sailors.", "0841 country:IRN>country:GBR"],
  ["09 investigate", "The United Nations investigated Israel.", "090 org:united-nations>country:ISR"],
  ["10 demand", "France demanded that Iran release the sailors.", "1053 country:FRA>country:IRN"],
  ["111", "France criticized Iran.", "111 country:FRA>country:IRN"],
  ["112", "China accused Japan.", "112 country:CHN>country:JPN"],
  ["1124", "Russia accused Ukraine of war crimes.", "1124 country:RUS>country:UKR"],
  ["1243", "Iran refused to release the British sailors.", "1243 country:IRN>country:GBR"],
  ["125", "Hamas rejected talks with Israel.", "125 group:hamas>country:ISR"],
  ["127", "Iran rejected the proposal from the United States.", "127 country:IRN>country:USA"],
  ["130", "Iran threatened Israel.", "130 country:IRN>country:ISR"],
  ["1312", "Russia threatened to impose sanctions on Ukraine.", "1312 country:RUS>country:UKR"],
  ["138", "North Korea threatened to strike South Korea.", "138 country:PRK>country:KOR"],
  ["141", "Protesters demonstrated against Israel.", "141 agent:protesters>country:ISR"],
  ["144", "Protesters blocked roads in Serbia.", "144 agent:protesters:SRB>country:SRB"],
  ["154", "Russia mobilized troops near Ukraine.", "154 country:RUS>country:UKR"],
  ["161", "Russia severed diplomatic relations with Georgia.", "161 country:RUS>country:GEO"],
  ["162", "The United States suspended aid to Egypt.", "162 country:USA>country:EGY"],
  ["163", "The European Union imposed sanctions on Russia.", "163 org:european-union>country:RUS"],
  ["164", "Israel suspended talks with Hamas.", "164 country:ISR>group:hamas"],
  ["166", "Iran expelled UN inspectors.", "1662 country:IRN>org:united-nations"],
  ["172", "Egypt imposed a curfew in Cairo.", "1723 country:EGY>place:cairo"],
  ["173", "Police arrested Turkish protesters.", "173 agent:police>country:TUR"],
  ["174", "Turkey deported Syrian refugees.", "174 country:TUR>country:SYR"],
  ["175", "Syrian forces used tear gas against protesters.", "175 country:SYR>agent:protesters:SYR"],
  ["181", "Militants kidnapped Nigerian students.", "181 agent:militants>country:NGA"],
  ["186", "Gunmen assassinated the Haitian president.", "186 agent:gunmen>country:HTI"],
  ["190", "Insurgents attacked Iraqi troops.", "190 agent:insurgents>country:IRQ"],
  ["192", "Russia occupied Crimea.", "192 country:RUS>place:crimea"],
  ["193", "Syrian rebels shot Turkish soldiers.", "193 country:SYR>country:TUR"],
  ["194", "Russian artillery shelled Ukrainian positions.", "194 country:RUS>country:UKR"],
  [
    "195",
    "The United States launched an air strike against an Islamic State target.",
    "195 country:USA>group:islamic-state",
  ],
  ["20", "The army massacred Kurdish villagers.", "202 agent:military>agent:civilians"],
];

describe("findEvents: CAMEO families", () => {
  it.each(families)("%s: %s", (_family, text, first) => {
    expect(coded(text)[0]).toBe(first);
  });
});

describe("findEvents: voice, frames and reported speech", () => {
  it("flips the passive: the agent after 'by' is the source", () => {
    expect(coded("Iraq was attacked by Iran.")).toEqual(["190 country:IRN>country:IRQ"]);
  });
  it("codes what a speaker reports, not the saying", () => {
    expect(coded("Israel said Hamas attacked Israeli soldiers.")).toEqual(["190 group:hamas>country:ISR"]);
  });
  it("takes a pronoun subject back to the speaker, inferred", () => {
    const [event] = codeText("Israel said it would strike Hamas.");
    expect(event).toMatchObject({ code: "138", source: "country:ISR", target: "group:hamas", evidence: "inferred" });
  });
  it("reads a warning with a future attack as a threat of force, once", () => {
    expect(coded("China warned that it would attack Taiwan.")).toEqual(["138 country:CHN>country:TWN"]);
  });
  it("codes both directions when joint actors name no target", () => {
    expect(coded("Jordan and Britain agreed to share intelligence.")).toEqual([
      "0314 country:JOR>country:GBR",
      "0314 country:GBR>country:JOR",
    ]);
  });
  it("codes a negated pledge as a rejection", () => {
    const [event] = codeText("Iran said it would not release the British sailors.");
    expect(event).toMatchObject({ code: "1243", source: "country:IRN", negated: true });
  });
});

describe("findEvents: places, unknown names, obligations, nominal modifiers", () => {
  it("takes the place where it happened as target when no actor is acted on, inferred", () => {
    const [event] = codeText("Israeli tanks fired shells at targets in Kabul.");
    expect(event).toMatchObject({ code: "194", source: "country:ISR", evidence: "inferred" });
    expect(event?.target).toBe("place:kabul");
  });
  it("keeps an actor target over the place", () => {
    expect(coded("Israel attacked Hamas in Gaza.")[0]).toBe("190 country:ISR>group:hamas");
  });
  it("names an actor the registry does not know by its capitalised words", () => {
    const [event] = codeText("Leaders of the Azadliq opposition coalition attacked Azerbaijan.");
    expect(event).toMatchObject({ code: "190", source: "named:leaders-of-the-azadliq", target: "country:AZE" });
    expect(event?.sourceSpan).toBeDefined();
  });
  it("codes an obligation a speaker lays on another actor as a demand of it", () => {
    expect(coded("Russia said on Tuesday that Sudan must return the helicopter.")).toEqual([
      "1053 country:RUS>country:SDN",
    ]);
    expect(coded("Rwandan rebels announced that President Kagame and his party must agree to changes.")[0]).toBe(
      "100 country:RWA>person:paul-kagame",
    );
  });
  it("reads through a verb form that modifies the pattern's noun", () => {
    expect(coded("France cancelled a planned visit to Haiti.")[0]).toBe("164 country:FRA>country:HTI");
    expect(coded("Students in Indonesia staged mass demonstrations against Suharto.")[0]?.slice(0, 3)).toBe("141");
  });
  it("codes permission and a shortened curfew as yielding", () => {
    expect(coded("Turkey allowed Kurdish refugees to return from Iraq.")[0]?.slice(0, 2)).toBe("08");
    expect(coded("Sudan shortened the curfew in Khartoum.")[0]?.slice(0, 4)).toBe("0813");
  });
});

describe("findEvents: nominal events", () => {
  it("codes talks between two parties both ways when no verb codes an event", () => {
    expect(coded("Talks between Israel and Hamas resumed in Doha.")).toEqual([
      "046 country:ISR>group:hamas",
      "046 group:hamas>country:ISR",
    ]);
  });
  it("takes the agent after 'by' as the source of a nominal event", () => {
    expect(coded("The sanctions against Russia by the European Union are tough.")).toEqual([
      "163 org:european-union>country:RUS",
    ]);
  });
  it("takes the actor before the noun as its source", () => {
    expect(coded("Russia's attack on Ukraine was the largest in months.")).toEqual(["190 country:RUS>country:UKR"]);
  });
});

describe("findEvents: who the actors are", () => {
  it("gives an agent the state of the place it is in", () => {
    expect(coded("Demonstrators in Baghdad blocked a road.")[0]).toBe("144 agent:protesters:IRQ>-");
  });
  it("widens an unknown multi-word name with the agent noun after it", () => {
    const text = "Arab Maghreb Union ministers condemned Israel.";
    const [event] = codeText(text);
    expect(event).toMatchObject({ code: "111", source: "named:arab-maghreb-union", target: "country:ISR" });
    expect(text.slice(event?.sourceSpan?.start, event?.sourceSpan?.end)).toBe("Arab Maghreb Union ministers");
  });
  it("keeps a single unknown word before an agent as a modifier", () => {
    expect(coded("The army massacred Kurdish villagers.")[0]).toBe("202 agent:military>agent:civilians");
  });
  it("takes a lone capitalised opener as a name when an event verb follows", () => {
    expect(coded("Zanganeh ordered an investigation into Iran.")[0]).toBe("090 named:zanganeh>country:IRN");
  });
  it("takes a place right after the pattern's noun as its target over a later actor", () => {
    expect(coded("Israel mounted an invasion of South Lebanon, ploughing through UN lines.")[0]).toBe(
      "190 country:ISR>place:south-lebanon",
    );
  });
  it("does not count articles and amounts toward a pattern's gap", () => {
    expect(coded("Japan signed an 800 million dollar trade protocol with India.")[0]).toBe(
      "057 country:JPN>country:IND",
    );
  });
  it("codes speeding up a troop withdrawal as de-escalation", () => {
    expect(coded("The United States speeded up the withdrawal of its forces from Panama.")[0]).toBe(
      "087 country:USA>country:PAN",
    );
  });
  it("codes leaving for a place as travel there", () => {
    expect(coded("The Indian prime minister left for Japan on Wednesday.")[0]).toBe("042 country:IND>country:JPN");
  });
  it("codes a threat that names no target", () => {
    expect(coded("Iraq announced that it is prepared to impose martial law.")[0]).toBe("1324 country:IRQ>-");
    expect(coded("North Korea threatened.")[0]).toBe("130 country:PRK>-");
  });
  it("reads 'is opposed to' as an active opposition, not a passive (opposing mediation rejects it)", () => {
    expect(coded("Israel is opposed to French mediation.")[0]).toBe("126 country:ISR>country:FRA");
    expect(coded("Israel is opposed to France.")[0]).toBe("110 country:ISR>country:FRA");
  });
  it("codes a claim that another actor attacked as an accusation", () => {
    expect(coded("The US claimed that Iran had attacked Iraq.")[0]).toBe("112 country:USA>country:IRN");
  });
  it("codes troops withdrawing from a place as yielding, and leaving a treaty as reducing relations", () => {
    expect(coded("UN troops withdrew from Syria.")[0]?.slice(0, 2)).toBe("08");
    expect(coded("Russia withdrew from the treaty with the United States.")[0]?.slice(0, 3)).toBe("166");
  });
});

describe("findEvents: what each event carries", () => {
  const text = "On Monday, Israeli jets bombed Gaza.";
  it("has the Goldstein score, quad class, label, verb, spans and sentence", () => {
    const [event] = codeText(text);
    expect(event).toMatchObject({
      code: "195",
      goldstein: -10,
      quad: 4,
      label: "Employ aerial weapons",
      verb: "bombed",
      sentence: text,
    });
    expect(text.slice(event?.start, event?.end)).toBe("Israeli jets bombed Gaza");
    expect(text.slice(event?.sourceSpan?.start, event?.sourceSpan?.end)).toBe("Israeli");
  });
  it("takes the date of the sentence's time expression, stated", () => {
    const times = [
      {
        start: 3,
        end: 9,
        text: "Monday",
        value: "2024-04-29",
        evidence: "inferred" as const,
        precision: "day" as const,
      },
    ];
    expect(codeText(text, { times })[0]).toMatchObject({ date: "2024-04-29", dateEvidence: "inferred" });
    const stated = [{ ...times[0]!, evidence: "stated" as const }];
    expect(codeText(text, { times: stated })[0]).toMatchObject({ date: "2024-04-29", dateEvidence: "stated" });
  });
  it("falls back to the publication date, marked inferred", () => {
    expect(codeText(text, { published: "2024-05-01T10:00:00Z" })[0]).toMatchObject({
      date: "2024-05-01",
      dateEvidence: "inferred",
    });
  });
  it("reports the place where it happened", () => {
    expect(codeText("Israel held talks with Hamas in Doha.")[0]?.place).toBe("Doha");
  });
});
