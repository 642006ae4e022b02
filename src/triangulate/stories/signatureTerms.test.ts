import { describe, expect, it } from "vitest";
import { StoryIndex } from "./index.js";
import { isSignatureTerm, signaturePassDue } from "./signatureTerms.js";

describe("isSignatureTerm", () => {
  it("takes a term most of whose documents are the story's and that a fifth of the story carries", () => {
    expect(isSignatureTerm(9, 10, 20)).toBe(true);
    expect(isSignatureTerm(4, 4, 20)).toBe(true);
  });

  it("refuses a term spread over other stories, one the story rarely uses, and one or two reports", () => {
    expect(isSignatureTerm(9, 40, 20)).toBe(false);
    expect(isSignatureTerm(3, 3, 40)).toBe(false);
    expect(isSignatureTerm(2, 2, 8)).toBe(false);
  });
});

describe("signaturePassDue", () => {
  it("runs at 8 members and every 8 members after", () => {
    const due = Array.from({ length: 70 }, (_, i) => i).filter(signaturePassDue);
    expect(due).toEqual([8, 16, 24, 32, 40, 48, 56, 64]);
  });
});

/** Headlines only, as an aggregator feed gives them. */
const add = (index: StoryIndex, id: string, title: string) =>
  index.add({ id, published: "2014-03-10", title, text: "", outlet: id });

/** Eight reports of one launch: each pair shares at least "titanfall" and "launch". */
const launch = [
  "Titanfall launch draws midnight crowds",
  "Titanfall launch day servers hold up",
  "Midnight Titanfall launch queues",
  "Titanfall launch goes smoothly for Respawn",
  "Respawn celebrates Titanfall launch",
  "Gamers line up for Titanfall launch",
  "Titanfall launch sells out stores",
  "Stores report Titanfall launch rush",
];

describe("StoryIndex signature pass", () => {
  it("folds a report that shares only the story's signature word into the story once it has grown", () => {
    const index = new StoryIndex();
    launch.slice(0, 3).forEach((t, i) => add(index, `l${i}`, t));
    // One shared word links no single report: it starts a story of its own.
    expect(add(index, "wallpaper", "Titanfall wallpapers for your phone").story).toBe("wallpaper");
    launch.slice(3, 7).forEach((t, i) => add(index, `l${i + 3}`, t));
    expect(index.storyOf("wallpaper")).toBe("wallpaper");
    // The eighth report triggers the pass: "titanfall" is in every report of the story and in no other story.
    const eighth = add(index, "l7", launch[7] as string);
    expect(eighth).toMatchObject({ story: "l0", merged: ["wallpaper"] });
    expect(index.storyOf("wallpaper")).toBe("l0");
  });

  it("folds a straggler that came after the story's last pass at the next step, not the next doubling", () => {
    const index = new StoryIndex();
    const angles = ["crowds", "servers", "queues", "smoothly", "celebrates", "line", "sells", "rush", "reviews"];
    const more = ["patch", "trailer", "sales", "record", "delays", "fans", "party", "stream", "esports", "bundle"];
    const reports = [...angles, ...more, "console", "discount", "preorders", "midnight", "retailers"].map(
      (word) => `Titanfall launch ${word} news`,
    );
    reports.slice(0, 17).forEach((t, i) => add(index, `l${i}`, t));
    expect(add(index, "wallpaper", "Titanfall wallpapers for your phone").story).toBe("wallpaper");
    reports.slice(17, 23).forEach((t, i) => add(index, `l${i + 17}`, t));
    expect(index.storyOf("wallpaper")).toBe("wallpaper");
    // The 24th report: a pass every 8 members, where a pass at each doubling would have waited for the 32nd.
    expect(add(index, "l23", reports[23] as string)).toMatchObject({ story: "l0", merged: ["wallpaper"] });
  });

  it("keeps apart a short report that carries the signature word but is about something else", () => {
    const index = new StoryIndex();
    const opera = {
      id: "opera",
      published: "2014-03-10",
      title: "Kowalczyk opera opens in Reykjavik",
      text:
        "Zoltan Kowalczyk, who wrote the score for Titanfall, premiered his first opera at the Harpa concert hall. " +
        "The Reykjavik production sets a Viking saga to a string quartet and a children's choir, and critics " +
        "praised the soprano in the title role. The run continues through April before a tour of Scandinavia.",
      outlet: "opera",
    };
    expect(index.add(opera).story).toBe("opera");
    launch.forEach((t, i) => add(index, `l${i}`, t));
    // "titanfall" is the launch story's signature, but the review's other words (28 features, a short report) keep
    // its cosine to the centroid under the storyline threshold.
    expect(index.storyOf("l0")).toBe("l0");
    expect(index.allStories()).toHaveLength(2);
  });

  it("leaves full texts alone: sharing one word with every member of a story is a sign of another story", () => {
    const index = new StoryIndex();
    const profile = {
      id: "profile",
      published: "2014-03-10",
      title: "Titanfall composer Kowalczyk on scoring Titanfall",
      text:
        "Zoltan Kowalczyk wrote the Titanfall score in a converted barn outside Budapest. He recorded brass players " +
        "separately, then layered synthesizers over them until the Titanfall themes sounded both human and " +
        "mechanical. His earlier work includes documentaries about glaciers, a ballet about lighthouse keepers, and " +
        "advertisements for Hungarian railways. Kowalczyk says Titanfall taught him restraint: composers often crowd " +
        "battles with noise, whereas silence lets players hear footsteps approaching. Next year he plans an album of " +
        "folk melodies arranged for accordion, cimbalom and cello, recorded with musicians from Transylvania and " +
        "Moravia.",
      outlet: "profile",
    };
    expect(index.add(profile).story).toBe("profile");
    launch.forEach((t, i) => add(index, `l${i}`, t));
    // Its vector is full (a long text), so however close to the centroid, the pass leaves it.
    expect(index.allStories()).toHaveLength(2);
  });

  it("leaves established stories alone: only stories of one or two reports are folded", () => {
    const index = new StoryIndex();
    const wallpapers = [
      "Titanfall wallpapers for your phone",
      "Phone wallpapers themed on Titanfall",
      "Titanfall phone wallpapers collection",
    ];
    wallpapers.forEach((t, i) => add(index, `w${i}`, t));
    expect(index.allStories()).toHaveLength(1);
    launch.forEach((t, i) => add(index, `l${i}`, t));
    expect(index.storyOf("l0")).toBe("l0");
    expect(index.storyOf("w0")).toBe("w0");
    expect(index.allStories()).toHaveLength(2);
  });
});
