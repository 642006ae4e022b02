import { describe, expect, it } from "vitest";
import { analyse } from "./testSupport.js";

const mentions = (text: string): string[] => analyse(text).mentions.map((m) => `${m.text}→${m.actor}`);
const actor = (text: string, id: string) => analyse(text).actors.find((a) => a.id === id);

describe("findActors", () => {
  it("reads a person with a title, a canonical name, role and state", () => {
    expect(actor("Israeli Prime Minister Benjamin Netanyahu spoke.", "person:benjamin-netanyahu")).toEqual({
      id: "person:benjamin-netanyahu",
      name: "Benjamin Netanyahu",
      type: "person",
      country: "ISR",
      roles: ["Prime Minister"],
      aliases: [],
    });
    expect(actor("Sen. Rick Scott, R-Fla., disagreed.", "person:rick-scott")?.country).toBe("USA");
    expect(actor("Dr. Majed bin Mohammed Al Ansari spoke.", "person:majed-bin-mohammed-al-ansari")?.name).toBe(
      "Majed bin Mohammed Al Ansari",
    );
  });

  it("reads the state an office implies, a role set off before an honorific, and offices joined by and", () => {
    expect(actor("Secretary of State Marco Rubio spoke.", "person:marco-rubio")?.country).toBe("USA");
    expect(actor("The emir, Sheikh Tamim bin Hamad Al Thani, left.", "person:tamim-bin-hamad-al-thani")).toMatchObject({
      roles: ["Emir"],
      country: "QAT",
    });
    const pm = "Qatar's prime minister and foreign minister, Sheikh Mohammed bin Abdulrahman Al Thani, spoke.";
    expect(actor(pm, "person:mohammed-bin-abdulrahman-al-thani")?.roles).toEqual([
      "Prime Minister",
      "Foreign Minister",
    ]);
  });

  it("does not read a verb clause after a name as a role", () => {
    const text =
      "Sheikh Mohammed bin Abdulrahman Al Thani, met Netanyahu's envoy, and Tamim bin Hamad, received the envoys.";
    expect(analyse(text).actors.filter((a) => a.roles.length > 0)).toEqual([]);
  });

  it("reads a capital after 'to' as a destination only after a word of motion", () => {
    expect(mentions("Saudi Arabia offered support to Doha.")).toContain("Doha→country:QAT");
    expect(mentions("The minister flew to Doha on Wednesday.")).toContain("Doha→place:doha");
    expect(mentions("A visit to Washington is planned.")).toContain("Washington→place:washington");
  });

  it("resolves surnames and titles to the person named before", () => {
    const result = analyse("Secretary of State Marco Rubio arrived. Rubio said the secretary was tired.");
    expect(result.mentions.map((m) => [m.text, m.actor, m.kind, m.evidence])).toEqual([
      ["Marco Rubio", "person:marco-rubio", "name", "stated"],
      ["Rubio", "person:marco-rubio", "surname", "inferred"],
      ["the secretary", "person:marco-rubio", "title", "inferred"],
    ]);
  });

  it("gives a shared family name to the one named last", () => {
    const emirLast =
      "Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met Emir Sheikh Tamim bin Hamad Al Thani. Al Thani left.";
    const pmLast =
      "Emir Sheikh Tamim bin Hamad Al Thani met Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani. Al Thani left.";
    expect(mentions(emirLast).at(-1)).toBe("Al Thani→person:tamim-bin-hamad-al-thani");
    expect(mentions(pmLast).at(-1)).toBe("Al Thani→person:mohammed-bin-abdulrahman-al-thani");
  });

  it("reads names of many traditions", () => {
    const text =
      "Foreign Minister Abbas Araghchi met Xi Jinping, Itamar Ben-Gvir, Andrés Manuel López Obrador and Khalil al-Hayya.";
    const names = analyse(text)
      .actors.filter((a) => a.type === "person")
      .map((a) => a.name);
    expect(names).toEqual([
      "Abbas Araghchi",
      "Xi Jinping",
      "Itamar Ben-Gvir",
      "Andrés Manuel López Obrador",
      "Khalil al-Hayya",
    ]);
  });

  it("reads states by name, demonym, metonym and epithet", () => {
    expect(mentions("Qatari officials said Washington and the Kremlin disagreed.")).toEqual([
      "Qatari officials→country:QAT",
      "Washington→country:USA",
      "the Kremlin→country:RUS",
    ]);
    expect(analyse("Doha said it would help.").mentions[0]?.kind).toBe("metonym");
    expect(mentions("Talks in Doha resumed.")).toEqual(["Doha→place:doha"]);
    expect(mentions("Qatar hosted talks. The Gulf state said the Jewish state had agreed.")).toEqual([
      "Qatar→country:QAT",
      "The Gulf state→country:QAT",
      "the Jewish state→country:ISR",
    ]);
    expect(mentions("Talks stalled. The enclave was quiet.")).toEqual([]);
  });

  it("binds government bodies to their state", () => {
    expect(mentions("Gaza's Health Ministry said 40 died.")).toEqual([
      "Gaza's Health Ministry→org:health-ministry:PSE",
    ]);
    expect(mentions("The Ministry of Foreign Affairs of Qatar said so.")).toEqual([
      "Ministry of Foreign Affairs of Qatar→org:foreign-ministry:QAT",
    ]);
    expect(mentions("Egypt mediated. The Health Ministry said 3 died.")).toEqual([
      "Egypt→country:EGY",
      "Health Ministry→org:health-ministry:EGY",
    ]);
    expect(actor("The State Department and the IDF spoke.", "org:state-department")?.country).toBe("USA");
  });

  it("reads groups and international organisations", () => {
    expect(mentions("Hamas, the Houthis, ISIS and the UN Security Council.")).toEqual([
      "Hamas→group:hamas",
      "Houthis→group:houthis",
      "ISIS→group:islamic-state",
      "UN Security Council→org:un-security-council",
    ]);
  });

  it("marks an outlet used as a channel", () => {
    const [outlet] = analyse("Rubio told Fox News he was hopeful.").mentions.filter(
      (m) => m.actor === "media:fox-news",
    );
    expect(outlet?.channel).toBe(true);
    const [target] = analyse("Israel struck Al Jazeera offices.").mentions.filter(
      (m) => m.actor === "media:al-jazeera",
    );
    expect(target?.channel).toBeUndefined();
  });

  it("reads a government named by its leader's surname, only when the surname tells one state", () => {
    expect(mentions("The Bush administration warned the Milosevic regime.")).toEqual([
      "Bush administration→country:USA",
      "Milosevic regime→country:SRB",
    ]);
    // Kim: leaders of both Koreas.
    expect(mentions("The Kim regime fired missiles.")).toEqual([]);
  });

  it("gives a group's officer the group's state, and keeps the group's own mention", () => {
    expect(mentions("UNITA President Jonas Savimbi met RENAMO leader Afonso Dhlakama.")).toEqual([
      "UNITA→group:unita",
      "Jonas Savimbi→person:jonas-savimbi",
      "RENAMO→group:renamo",
      "Afonso Dhlakama→person:afonso-dhlakama",
    ]);
    expect(actor("UNITA President Jonas Savimbi spoke.", "person:jonas-savimbi")?.country).toBe("AGO");
    expect(actor("RENAMO leader Afonso Dhlakama spoke.", "person:afonso-dhlakama")?.country).toBe("MOZ");
  });

  it("reads regions, former names and sub-state peoples as their states", () => {
    const states = (text: string): (string | null | undefined)[] => {
      const result = analyse(text);
      return result.mentions.map((m) => result.actors.find((a) => a.id === m.actor)?.country);
    };
    expect(states("Rebels in Chechnya, Kashmir, Tibet and Sindh fought.")).toEqual(["RUS", "IND", "CHN", "PAK"]);
    expect(states("Soviet troops left. Zaire and West Germany protested in Khatmandu.")).toEqual([
      "RUS",
      "COD",
      "DEU",
      "NPL",
    ]);
    expect(states("Iraqi Kurds and Bosnian Serb forces met Croat officials in Northern Ireland.")).toEqual([
      "IRQ",
      "BIH",
      "HRV",
      "GBR",
    ]);
    // "Inner Mongolia" is China's, not Mongolia.
    expect(states("Herders in Inner Mongolia protested.")).toEqual(["CHN"]);
  });

  it("reads a body of a state after the state, in any case of its head word", () => {
    expect(mentions("The US State department warned. The Montenegro Assembly voted.")).toEqual([
      "US State department→org:state-department",
      "Montenegro Assembly→org:parliament:MNE",
    ]);
  });

  it("ends a name at a paragraph or sentence break that has no point", () => {
    const text = "The statement came from Kit Bond, John Danforth and Jim Talent\n\nRomney released a statement.";
    expect(mentions(text)).toContain("Jim Talent→person:jim-talent");
    expect(analyse(text).actors.map((a) => a.id)).not.toContain("person:jim-talent-romney");
  });

  it("keeps a name whose initial's point the segmenter may cut after", () => {
    expect(mentions("Yesterday John F. Kennedy Jr. arrived.").join()).toMatch(/John F\. Kennedy/);
  });
});
