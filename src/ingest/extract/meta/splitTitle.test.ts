import { describe, expect, it } from "vitest";
import { splitTitle } from "./splitTitle.js";

describe("splitTitle", () => {
  it.each([
    ["Floods hit Valencia | The Daily Planet", [], [], "Floods hit Valencia", "The Daily Planet"],
    [
      "Floods hit Valencia - World - The Daily Planet",
      ["The Daily Planet"],
      [],
      "Floods hit Valencia - World",
      "The Daily Planet",
    ],
    ["The Daily Planet: Floods hit Valencia", ["The Daily Planet"], [], "The Daily Planet: Floods hit Valencia", null],
    ["Daily Planet | Floods hit Valencia", ["Daily Planet"], [], "Floods hit Valencia", "Daily Planet"],
    ["Floods hit Valencia - Breaking News - Planet", [], ["Floods hit Valencia"], "Floods hit Valencia", "Planet"],
    ["Floods hit Valencia - live updates", [], [], "Floods hit Valencia - live updates", null],
    ["Opinion | Is Football Violence a Crime?", [], [], "Opinion | Is Football Violence a Crime?", null],
    ["Just a headline", [], [], "Just a headline", null],
  ])("%s", (title, sites, headlines, headline, site) => {
    expect(splitTitle(title, sites, headlines)).toEqual({ headline, site });
  });
});
