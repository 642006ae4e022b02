import type { Command } from "commander";
import { openStore } from "../../store/openStore.js";
import type { Store, StoredStory } from "../../store/Store.js";
import { StoryStateError, updateStories } from "../../triangulate/incremental/index.js";
import type { Io } from "../io.js";
import { globalFlags, parseFlags } from "../options.js";

/**
 * Clusters the stored articles that are in no story yet (all of them with `rebuild`) and says what changed on
 * stderr. Returns the exit code: 1 when the saved stories are damaged (the message says how to rebuild them).
 *
 * @example setExit(await clusterStored(store, io, quiet))
 */
export async function clusterStored(store: Store, io: Io, quiet: boolean, rebuild = false): Promise<number> {
  try {
    const { added, created, changed, merged, total, late } = await updateStories(store, { rebuild });
    if (!quiet) {
      io.err(
        `parallax: stories: ${added} article(s) clustered, ${created.length} new, ${changed.length} updated, ` +
          `${merged.length} merged; ${total} in the store\n`,
      );
    }
    if (late > 0 && !quiet) {
      io.err(
        `parallax: stories: ${late} article(s) published well before the newest stored ones were matched only ` +
          "against stories of their own time (they can join one, not merge two); `parallax stories --rebuild` " +
          "re-clusters everything in publication order (story ids may change)\n",
      );
    }
    return 0;
  } catch (error) {
    if (!(error instanceof StoryStateError)) throw error;
    io.err(`parallax: ${error.message}\n`);
    return 1;
  }
}

/** One story as `parallax stories --json` prints it. */
export function storyListing(story: StoredStory): Record<string, unknown> {
  return {
    id: story.id,
    title: story.title,
    first: story.first,
    last: story.last,
    articles: story.articles.length,
    copies: story.copies.length,
    outlets: story.outlets,
    storyline: story.storyline,
    updated: story.updated,
  };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One tab-separated line: id, dates, articles (copies), independent outlets, title, and the storyline if shared. */
function storyLine(story: StoredStory): string {
  const dates = story.first === story.last ? (story.first ?? "undated") : `${story.first ?? "?"}..${story.last ?? "?"}`;
  const copies = story.copies.length ? ` (${plural(story.copies.length, "copy", "copies")})` : "";
  const columns = [
    story.id,
    dates,
    `${plural(story.articles.length, "article", "articles")}${copies}`,
    plural(story.outlets.length, "outlet", "outlets"),
    story.title,
  ];
  if (story.storyline !== story.id) columns.push(`storyline ${story.storyline}`);
  return columns.join("\t") + "\n";
}

export function storiesCommand(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("stories")
    .description("List the stored stories, newest first: id, dates, articles, independent outlets, title")
    .option("--json", "print JSONL, one story per line")
    .option("--update", "first cluster stored articles that are in no story yet (stored by analyze, say)")
    .option("--rebuild", "first re-cluster every stored article from scratch (after damage); story ids may change")
    .action(async (opts: { json?: boolean; update?: boolean; rebuild?: boolean }, cmd: Command) => {
      const { db, quiet } = parseFlags(globalFlags, cmd.optsWithGlobals());
      const store = await openStore(db);
      try {
        if (opts.update || opts.rebuild) setExit(await clusterStored(store, io, quiet, opts.rebuild === true));
        for (const story of await store.listStories()) {
          io.out(opts.json ? JSON.stringify(storyListing(story)) + "\n" : storyLine(story));
        }
        const waiting = (await store.unclusteredArticles()).length;
        if (waiting > 0 && !quiet) {
          io.err(`parallax: ${plural(waiting, "stored article is", "stored articles are")} in no story yet: `);
          io.err("run `parallax stories --update` to cluster them\n");
        }
      } finally {
        await store.close();
      }
    });
}
