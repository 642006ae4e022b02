import { describe, expect, it } from "vitest";
import { classifyFurniture } from "./classifyFurniture.js";

// What each named pattern must catch, and body text it must leave alone.
const furniture: [string, string][] = [
  ["-", "separator"],
  ["— — —", "separator"],
  ["* * *", "separator"],
  ["Home > World > Middle East", "breadcrumb"],
  ["News / Politics / Elections", "breadcrumb"],
  ["News | World | Sport | Business", "navigation"],
  ["Share this article", "share/subscribe call to action"],
  ["Share on Facebook", "share/subscribe call to action"],
  ["Copy link", "share/subscribe call to action"],
  ["Listen to this article (4 min)", "share/subscribe call to action"],
  ["Subscribe to our newsletter for the latest updates", "share/subscribe call to action"],
  ["Sign up for our free daily briefing", "share/subscribe call to action"],
  ["Follow us on Telegram for breaking news", "share/subscribe call to action"],
  ["Click here to read the full report", "share/subscribe call to action"],
  ["Register for the Harbour Weekly newsletter to get the week's best reads", "share/subscribe call to action"],
  ["Follow The Harbour Post on Instagram for pictures from the coast", "share/subscribe call to action"],
  ["The Morning Wrap: five stories before breakfast. Subscribe today", "share/subscribe call to action"],
  ["Subscribe for $2 a month", "share/subscribe call to action"],
  ["Try 30 days of unlimited access for 99 cents", "share/subscribe call to action"],
  ["Unlock full access to The Harbour Post", "share/subscribe call to action"],
  ["The Harbour Post is listener-supported.", "donation call to action"],
  ["We are reader-funded. Give once or give monthly from €3.", "donation call to action"],
  ["Support independent reporting in the Gulf", "donation call to action"],
  ["Please make a contribution today", "donation call to action"],
  ["Donate now", "donation call to action"],
  [
    "Independent and reader-funded: become a supporter of The Harbour Post and keep our reporting free to all",
    "donation call to action",
  ],
  ["Register for the Valley app to get breaking news alerts", "share/subscribe call to action"],
  ["Thank you for visiting our website. Please support us.", "republisher disclaimer"],
  ["This article was originally published on The Conversation.", "republisher disclaimer"],
  ["This story first appeared on Pacific News Wire and is reproduced with permission.", "republisher disclaimer"],
  ["The views expressed in this article are the author's own.", "republisher disclaimer"],
  ["© 2024 Example Media. All rights reserved.", "republisher disclaimer"],
  ["Copyright 2023 Lakeside Radio", "republisher disclaimer"],
  ["Photo: Villagers search the rubble. (AFP)", "image caption/credit"],
  ["Image caption, Rescuers at work in Herat", "image caption/credit"],
  ["Smoke rises over Khan Younis on Tuesday. REUTERS/Mohammed Salem", "image caption/credit"],
  ["Displaced families shelter in a school (Photo by Jane Doe/AFP via Getty Images)", "image caption/credit"],
  ["Advertisement", "advertisement"],
  ["Story continues below advertisement", "advertisement"],
  ["Published 3 March 2025 10:42 GMT", "timestamp"],
  ["Monday, 3 March 2025", "timestamp"],
  ["2 hours ago", "timestamp"],
  ["4 min read", "reading time"],
  ["Tags: Gaza, Israel, Hamas", "tags"],
  ["Read more: Iran nuclear talks stall over enrichment cap", "related-article headline"],
  ["ALSO READ | Lebanon elects new president", "related-article headline"],
];

const body = [
  "Hamas did not subscribe to the plan, officials said.",
  "The group's newsletter said on Monday that the talks had stalled.",
  "The report was published on Monday by Amnesty International.",
  "He shared the letter with reporters in Doha.",
  "The price of bread rose by a third in the past month / officials said.",
  "Officials said the photo was taken near the border.",
  "The share of votes for the ruling party fell to 31 percent.",
  "Voters can register until March 3 at any polling station.",
  "Bread prices rose from $2 to $3 a loaf in the south.",
  "Follow-up talks are due on Monday, the ministry said.",
  "Like many people on Facebook, she shared the video of the flood within minutes of it being posted online.",
  "The station, which is listener-funded and broadcasts in three languages, was taken off the air by the army on Sunday.",
  "Try as they might, the mediators could not get the two sides to agree on the sequence of the releases.",
  "The letter first appeared in print in 1998, when the paper was still owned by the family.",
  "Copyright lawyers said the ruling would be appealed.",
  "Get aid to Gaza now and free the hostages, protesters chanted.",
  "Readers-funded outlets are rare in the region.",
  "Donors pledged $2 billion to rebuild the port, the UN said.",
  "Israel and Hamas",
  "Gaza truce talks resume in Cairo",
  "— We will not give up, the commander said.",
];

describe("furniture patterns", () => {
  for (const [line, reason] of furniture) {
    it(`"${line}" is ${reason}`, () => {
      expect(classifyFurniture(line)).toBe(reason);
    });
  }
  for (const line of body) {
    it(`keeps "${line}"`, () => {
      expect(classifyFurniture(line)).toBeNull();
    });
  }
});
