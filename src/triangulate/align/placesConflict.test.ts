import { describe, expect, it } from "vitest";
import { placesConflict } from "./placesConflict.js";

describe("placesConflict", () => {
  it("sets apart places of different states", () => {
    expect(placesConflict({ name: "Doha", country: "QAT" }, { name: "Cairo", country: "EGY" })).toBe(true);
  });

  it("sets apart two known cities of one state", () => {
    expect(placesConflict({ name: "Kyiv", country: "UKR" }, { name: "Kharkiv", country: "UKR" })).toBe(true);
    expect(placesConflict({ name: "Oslo", country: "NOR" }, { name: "Bergen", country: "NOR" })).toBe(true);
  });

  it("takes a city and the province holding it as compatible", () => {
    expect(placesConflict({ name: "Seattle", country: "USA" }, { name: "Washington", country: "USA" })).toBe(false);
  });

  it("takes a place and a longer name holding its words as compatible", () => {
    expect(placesConflict({ name: "Gaza", country: "PSE" }, { name: "Gaza City", country: "PSE" })).toBe(false);
  });

  it("takes a place unknown to the gazetteer as compatible with a city of its state", () => {
    expect(placesConflict({ name: "Manokwari", country: "IDN" }, { name: "Papua", country: "IDN" })).toBe(false);
  });

  it("takes places of unknown state as compatible", () => {
    expect(placesConflict({ name: "Doha", country: null }, { name: "Cairo", country: "EGY" })).toBe(false);
  });

  it("takes the same place as compatible, whatever its case or a leading 'the'", () => {
    expect(placesConflict({ name: "the Hague", country: "NLD" }, { name: "The Hague", country: "NLD" })).toBe(false);
  });
});

describe("placesConflict: provinces and 'City' names", () => {
  it("takes a province and a city as compatible, inside it or not (the gazetteer's provinces are not the news's)", () => {
    expect(placesConflict({ name: "Aceh", country: "IDN" }, { name: "Banda Aceh", country: "IDN" })).toBe(false);
    expect(placesConflict({ name: "Sicily", country: "ITA" }, { name: "Palermo", country: "ITA" })).toBe(false);
    expect(placesConflict({ name: "Aceh", country: "IDN" }, { name: "Jakarta", country: "IDN" })).toBe(false);
  });

  it("reads 'Gaza City' as the gazetteer's Gaza", () => {
    expect(placesConflict({ name: "Gaza City", country: "PSE" }, { name: "Al Khalil", country: "PSE" })).toBe(true);
    expect(placesConflict({ name: "Gaza City", country: "PSE" }, { name: "Gaza", country: "PSE" })).toBe(false);
  });

  it("takes a district the gazetteer lacks as compatible with a city", () => {
    expect(placesConflict({ name: "Zeitoun", country: "PSE" }, { name: "Gaza City", country: "PSE" })).toBe(false);
  });
});
