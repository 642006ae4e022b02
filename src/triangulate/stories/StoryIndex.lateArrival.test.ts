import { describe, expect, it } from "vitest";
import { fixtureInput } from "./fixtures/runFixture.js";
import { StoryIndex, type ClusterDoc } from "./index.js";

const DAY_MS = 86_400_000;

/** A report on the Verano dam burst of 2025-01-10 (fixture `bridge-merges`), dated `published`. */
function lateDamReport(id: string, published: string): ClusterDoc {
  return {
    id,
    published,
    outlet: "southpost.example",
    title: "Verano dam burst: engineers warned of cracks before the collapse",
    text:
      "Engineers had warned of cracks in the Verano dam wall weeks before it burst, sending water down the Sella " +
      "river.\n\nPaolo Renzi, director of the regional water authority, said the inquiry into the dam's " +
      "maintenance would look at why the reservoir was not drained in time.",
  };
}

/** `count` reports on unrelated subjects, one a day from `from`: they move the newest date on. */
function unrelatedDays(from: string, count: number): ClusterDoc[] {
  const start = Date.parse(from);
  return Array.from({ length: count }, (_, n) => ({
    id: `other-${n}`,
    published: new Date(start + n * DAY_MS).toISOString().slice(0, 10),
    title: `Festival zorb${n} opens in Quilp${n} with parades`,
    text: `The zorb${n} festival opened in Quilp${n} on Saturday with parades and music by the Vantel${n} band.`,
  }));
}

function indexWithDamStory(): StoryIndex {
  const index = new StoryIndex();
  const [damA, damB] = fixtureInput("bridge-merges") as [ClusterDoc, ClusterDoc];
  index.add(damA);
  index.add(damB);
  // Ninety days of other news: the dam reports leave the searchable documents (30-day story window).
  for (const doc of unrelatedDays("2025-01-12", 90)) index.add(doc);
  return index;
}

describe("StoryIndex, documents arriving out of order", () => {
  it("joins a report dated within the story window of a story whose documents were evicted", () => {
    const index = indexWithDamStory();
    const assignment = index.add(lateDamReport("dam-late", "2025-01-12"));
    expect(assignment.story).toBe("dam-a");
    expect(assignment.beyondRetention).toBeUndefined();
    const story = index.allStories().find((s) => s.id === "dam-a");
    expect(story?.members).toEqual(["dam-a", "dam-b", "dam-late"]);
    expect(story?.last).toBe("2025-01-12");
  });

  it("does not join a late report to a story outside the window of the report's own date", () => {
    const index = indexWithDamStory();
    // Dated 60 days after the dam burst (still 30 days before the newest document): too far from the story.
    expect(index.add(lateDamReport("dam-much-later", "2025-03-11")).story).toBe("dam-much-later");
  });

  it("does not let a late report merge the stories it finds by centroid", () => {
    const index = new StoryIndex();
    const [damA, damB, valleyA, valleyB, bridge] = fixtureInput("bridge-merges") as ClusterDoc[] as [
      ClusterDoc,
      ClusterDoc,
      ClusterDoc,
      ClusterDoc,
      ClusterDoc,
    ];
    for (const doc of [damA, damB, valleyA, valleyB, ...unrelatedDays("2025-01-12", 90)]) index.add(doc);
    // In order, this report merges the dam and valley stories (fixture bridge-merges); late, it only joins one.
    const assignment = index.add(bridge);
    expect(assignment.merged).toBeUndefined();
    expect(["dam-a", "valley-a"]).toContain(assignment.story);
    expect(index.storyOf("valley-b")).toBe("valley-a");
    expect(index.storyOf("dam-b")).toBe("dam-a");
  });

  it("says when a report is older than any story still held: it starts its own", () => {
    const index = indexWithDamStory();
    // Newest document 2025-04-11; storyline window 365 days + story window 30 days reach back to 2024-03-12.
    const assignment = index.add(lateDamReport("dam-old", "2024-01-05"));
    expect(assignment).toMatchObject({ story: "dam-old", beyondRetention: true });
  });
});
