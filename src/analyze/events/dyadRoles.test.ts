import { describe, expect, it } from "vitest";
import { coded } from "./testCoder.js";

/** Who acts on whom: the actor-assignment rules of actorSlots.ts, roles.ts and findEvents.ts, each with a negative. */
const first = (text: string): string | undefined => coded(text)[0];

describe("agent nouns heading a group noun", () => {
  it("reads 'opposition parties', 'opposition leaders' as the opposition, of the state they are in", () => {
    expect(first("Opposition leaders in Kenya criticized the government.")).toBe(
      "111 agent:opposition:KEN>agent:government:KEN",
    );
  });
  it("leaves a title before a name to the name", () => {
    expect(first("Opposition leader Raila Odinga criticized the government.")).not.toMatch(/agent:opposition/);
  });
});

describe("the state of an agent", () => {
  it("prefers the place right after the agent to a state named earlier", () => {
    expect(first("Israeli officials said protesters in Cairo attacked the embassy.")).toBe(
      "190 agent:protesters:EGY>-",
    );
  });
  it("reads an organ of a place after 'of'", () => {
    expect(first("The government of Sindh province has ordered patrols by police.")).toBe("154 agent:government:PAK>-");
  });
  it("does not read 'of' for persons held: hostages of a group are not of its state", () => {
    expect(coded("Israel freed the hostages of Hamas.").join()).not.toMatch(/agent:hostages:PSE/);
  });
  it("gives a stateless agent subject the state where it acted", () => {
    expect(first("Protesters blocked roads in Caracas on Monday.")).toBe("144 agent:protesters:VEN>place:caracas");
  });
  it("leaves armed men of no named state stateless where they act", () => {
    expect(first("Gunmen seized 20 hostages in Mali.")).toMatch(/^181 agent:gunmen>/);
  });
  it("keeps an agent's own state", () => {
    expect(first("Egyptian police arrested activists in Cairo.")).toBe("173 country:EGY>agent:activists:EGY");
  });
});

describe("targets", () => {
  it("takes the actor a stance is taken toward over where it happened", () => {
    expect(
      first("Hundreds of thousands of people blocked streets in Hong Kong in defiance of Chinese authorities."),
    ).toBe("144 agent:civilians:HKG>country:CHN");
  });
  it("keeps the place when the later actor is no object of a stance", () => {
    expect(first("Israeli tanks fired shells at targets in Jericho, witnesses said.")).toMatch(/>place:jericho$/);
    expect(first("Rebels attacked a convoy in Nigeria near the border with Chad.")).toBe(
      "190 agent:rebels>country:NGA",
    );
  });
  it("stops at a pronoun object: 'urged it to coordinate with the EU' does not act on the EU", () => {
    expect(coded("The opposition urged it to coordinate with the European Union.").join()).not.toMatch(
      /european-union/,
    );
    expect(first("The opposition urged Norway to coordinate with the European Union.")).toMatch(/>country:NOR$/);
  });
  it("reads a relative clause on a common-noun object", () => {
    expect(first("Seven opposition parties in Nepal have organized a general strike that shut down Khatmandu.")).toBe(
      "143 agent:opposition:NPL>country:NPL",
    );
  });
  it("does not read a complement clause of the verb as a relative clause", () => {
    expect(coded("Israel warned that it would attack Hamas.")[0]).toMatch(/^13/);
    expect(coded("Egypt condemned Israel and the strike that killed Gaza residents.")[0]).toBe(
      "111 country:EGY>country:ISR",
    );
  });
  it("skips forces of no named state moved by a government", () => {
    expect(first("The government of Sindh province has ordered patrols by police and soldiers.")).toBe(
      "154 agent:government:PAK>-",
    );
  });
  it("aims a warning with no reported event at the actor of the warned clause, past the warner's own police", () => {
    expect(
      first("Cairo's security chief has warned that police will no longer tolerate rallies by the Kifaya group."),
    ).toBe("130 country:EGY>group:kifaya");
  });
  it("still reads a warning through the event it reports", () => {
    expect(first("China warned that it would attack Taiwan.")).toBe("138 country:CHN>country:TWN");
  });
});

describe("sources", () => {
  it("takes no actor of the reported clause as the subject of a common noun after a comma", () => {
    expect(
      coded(
        "Croatian authorities are failing to uphold the property rights of Croatian Serb refugees, a human rights group protested here Wednesday.",
      ).join(),
    ).not.toMatch(/^14\d country:SRB/);
  });
  it("keeps an aside closed before the verb", () => {
    expect(first("Turkey, a NATO member, attacked Syria.")).toBe("190 country:TUR>country:SYR");
  });
  it("reads the agent of a passive after an aside at the end of the sentence", () => {
    expect(
      first(
        "Jean-Bertrand Aristide has been accused of misusing $50 million in public funds, much of it believed to have been embezzled, by current Haitian government officials.",
      ),
    ).toBe("112 country:HTI>person:jean-bertrand-aristide");
  });
  it("does not take a comma-fronted 'by' phrase that does not end the clause", () => {
    expect(
      coded(
        "Jean-Bertrand Aristide has been accused of corruption, by and large, by Haitian officials said to be angry.",
      ).join(),
    ).not.toMatch(/country:HTI>person/);
  });
  it("reads a participle after an actor and 'for' as passive when a main verb follows", () => {
    expect(first("The civilians imprisoned for acting against Moscow were released yesterday by Putin himself.")).toBe(
      "084 person:vladimir-putin>agent:civilians",
    );
  });
  it("leaves an active verb with 'for' active", () => {
    expect(first("Iran called for talks with France.")).toMatch(/^0\d+ country:IRN>/);
  });
});

describe("possessive objects", () => {
  it("gives the owner of what is acted on, from the earlier clause", () => {
    expect(first("Two Israeli soldiers were wounded when Palestinian gunmen opened fire on their patrol.")).toBe(
      "190 country:PSE>country:ISR",
    );
  });
  it("reads the source's own possession as no target", () => {
    expect(first("Russia was angry after Iran attacked its own rebels.")).toBe("190 country:IRN>-");
    expect(first("Russia was angry after Iran attacked their embassy.")).toBe("190 country:IRN>country:RUS");
  });
});

describe("conjoined subjects", () => {
  it("does not conjoin the actor of a fronted phrase closed by a comma", () => {
    expect(coded("After talks with Russia, Iran attacked the rebels.").join()).not.toMatch(/country:RUS>/);
  });
  it("still conjoins a list ending in 'and'", () => {
    expect(coded("The US, Russia and France condemned Iran.")).toEqual([
      "111 country:USA>country:IRN",
      "111 country:RUS>country:IRN",
      "111 country:FRA>country:IRN",
    ]);
  });
});

describe("participles and compass words", () => {
  it("makes the actor right before an -ing participle its subject, even after a preposition", () => {
    expect(coded("Police clashed with students demonstrating against the government in Jakarta.")[1]).toBe(
      "141 agent:students:IDN>agent:government:IDN",
    );
  });
  it("keeps conjoined subjects of an -ing verb", () => {
    expect(coded("Text messages emerged, showing Peter Strzok and Lisa Page discussing campaign politics.")).toEqual([
      "040 person:peter-strzok>person:lisa-page",
      "040 person:lisa-page>person:peter-strzok",
    ]);
  });
  it("reads 'in eastern Turkey' as where an agent is, not the subject", () => {
    expect(first("The Kurdish rebels in eastern Turkey have kidnapped three German tourists.")).toBe(
      "181 agent:rebels:TUR>country:DEU",
    );
  });
  it("keeps an actor after a compass word as the subject when no preposition governs it", () => {
    expect(first("Western Sahara's rebels attacked Morocco.")).toBe("190 agent:rebels:ESH>country:MAR");
  });
});

describe("armed men named by a group", () => {
  it("reads 'rebel forces', 'opposition forces' as the group, not the military", () => {
    expect(first("Rebel forces attacked the town of Goma.")).toBe("190 agent:rebels>place:goma");
    expect(first("Opposition forces captured the city.")).toBe("192 agent:opposition>-");
  });
  it("keeps government forces the military", () => {
    expect(first("Government forces attacked rebels.")).toBe("190 agent:military>agent:rebels");
  });
});
