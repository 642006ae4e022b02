/**
 * How the figures of real coverage relate across outlets, and where their as-of dates come from: the share of
 * figures whose as-of is stated in the text (against the publication date standing in), the running/fixed split, and
 * the aligned figures by relation (consistent, update, conflict), over the same 348 gold stories as
 * eval/discrepancies.ts. No article text is printed unless asked: `--list update|conflict` prints those groups.
 *
 * Usage: npx tsx eval/discrepancies/figureRelations.ts [--list update|conflict]
 */
import { alignStory } from "../../src/triangulate/align/index.js";
import { basilStories, ecbPlusStories, newsWclStories, pacStories } from "./stories.js";

function main(): void {
  const listAt = process.argv.indexOf("--list");
  const list = listAt === -1 ? null : (process.argv[listAt + 1] ?? null);
  const stories = [...basilStories(), ...pacStories(), ...newsWclStories(), ...ecbPlusStories()];
  const count = (map: Map<string, number>, key: string): void => {
    map.set(key, (map.get(key) ?? 0) + 1);
  };
  const asOf = new Map<string, number>();
  const measure = new Map<string, number>();
  const relations = new Map<string, number>();
  let figures = 0;
  for (const story of stories) {
    for (const article of story.articles)
      for (const c of article.claims) {
        figures += 1;
        count(asOf, c.asOfEvidence ?? "unmarked");
        count(measure, c.measure ?? "unclassified");
        if (c.fell === true) count(measure, "running, fell");
      }
    for (const c of alignStory(story.articles, new Map()).claims) {
      count(relations, c.relation);
      if (c.relation !== list) continue;
      console.log(`[${story.dataset} ${story.id}] ${c.relation}: ${c.what} (${c.category ?? "-"})`);
      for (const v of c.values)
        console.log(
          `  ${v.article} = ${v.qualifier ?? ""} ${v.quantity} as of ${v.asOf} (${v.asOfEvidence ?? "?"})\n      « ${v.text} »`,
        );
    }
  }
  const table = (title: string, map: Map<string, number>): void => {
    console.log(`\n| ${title} | n |\n|---|---:|`);
    for (const [k, n] of [...map.entries()].sort()) console.log(`| ${k} | ${n} |`);
  };
  console.log(`${stories.length} gold stories, ${figures} figures`);
  table("as-of evidence", asOf);
  table("measure", measure);
  table("aligned figures by relation", relations);
}

main();
