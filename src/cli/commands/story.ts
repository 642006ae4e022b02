import type { Command } from "commander";
import { writeFileSync } from "node:fs";
import type { Article } from "../../article.js";
import { buildDossier } from "../../dossier/buildDossier.js";
import type { Dossier, DossierStory } from "../../dossier/dossier.js";
import { formatOfFile, render } from "../../dossier/render.js";
import { openStore } from "../../store/openStore.js";
import type { Store, StoredStory } from "../../store/Store.js";
import { storyIdPrefix } from "../../triangulate/incremental/index.js";
import { storylineUpdates } from "../../triangulate/storylineUpdates.js";
import type { Io } from "../io.js";
import { formatFlag, globalFlags, parseFlags, UsageError } from "../options.js";

/**
 * The dossier story of a stored story, fields in the order `analyze` prints them. The alignment items were made by
 * triangulation and checked for shape when read back, so they are the dossier's own types.
 */
function dossierStoryOf(story: StoredStory): DossierStory {
  return {
    id: story.id,
    title: story.title,
    articles: story.articles,
    storyline: story.storyline,
    first: story.first,
    last: story.last,
    copies: story.copies,
    quotes: [],
    claims: [],
    discrepancies: [],
    coverage: [],
    framing: [],
    ...story.alignment,
  } as DossierStory;
}

/** The stored story with this id (`story-` may be left out), or null. */
async function findStory(store: Store, id: string): Promise<StoredStory | null> {
  return (await store.getStory(id)) ?? (id.startsWith(storyIdPrefix) ? null : await store.getStory(storyIdPrefix + id));
}

/** The stored, analysed articles with these ids, in order; ids the store no longer has are skipped. */
async function storedArticles(store: Store, ids: readonly string[]): Promise<Article[]> {
  const articles: Article[] = [];
  for (const id of ids) {
    const article = await store.getArticle(id);
    if (article) articles.push(article);
  }
  return articles;
}

/**
 * Figures the story updates from earlier episodes of its storyline (the same as `analyze` gives it): the
 * storyline's other stored stories and their articles are read back and aligned with this one.
 */
async function storedStorylineClaims(
  store: Store,
  story: StoredStory,
): Promise<NonNullable<DossierStory["storylineClaims"]>> {
  const line = (await store.listStories()).filter((s) => s.storyline === story.storyline);
  if (line.length < 2) return [];
  const articles = await storedArticles(
    store,
    line.flatMap((s) => s.articles),
  );
  const copyOf = new Map(line.flatMap((s) => s.copies.map((c) => [c.id, c.of] as const)));
  const byId = new Map(articles.map((a) => [a.id, a]));
  return storylineUpdates(line, byId, copyOf).get(story.id) ?? [];
}

/**
 * The dossier of one stored story: its stored, analysed articles with their copy links, the story as clustering
 * and alignment left it at the last ingest, and the figures it updates from earlier stories of its storyline.
 *
 * @example const dossier = await storyDossier(store, story, new Date())
 */
export async function storyDossier(store: Store, story: StoredStory, generated: Date): Promise<Dossier> {
  const articles = await storedArticles(store, story.articles);
  const copyOf = new Map(story.copies.map((c) => [c.id, c.of]));
  const stored = { ...dossierStoryOf(story), storylineClaims: await storedStorylineClaims(store, story) };
  // The stored story replaces a per-run re-clustering of its articles, so ids match `parallax stories`.
  return { ...buildDossier({ articles, copyOf, failures: [], generated }), stories: [stored] };
}

export function storyCommand(program: Command, io: Io): void {
  program
    .command("story")
    .description("Print the dossier of one stored story (ids from `parallax stories`)")
    .argument("<id>", "story id, e.g. story-gws-doha (the story- prefix may be left out)")
    .option("-f, --format <format>", `${formatFlag.options.join(" | ")} (default json, or the --out extension)`)
    .option("-o, --out <file>", "write the dossier to a file instead of stdout")
    .action(async (id: string, opts: { format?: string; out?: string }, cmd: Command) => {
      const { db, quiet } = parseFlags(globalFlags, cmd.optsWithGlobals());
      const format = parseFlags(formatFlag, opts.format ?? (opts.out && formatOfFile(opts.out)) ?? "json");
      const store = await openStore(db);
      try {
        const story = await findStory(store, id);
        if (!story) throw new UsageError(`no story "${id}" in ${db}: run \`parallax stories\` to list the story ids`);
        const output = render(await storyDossier(store, story, new Date()), format);
        if (!opts.out) io.out(output);
        else {
          writeFileSync(opts.out, output);
          if (!quiet) io.err(`parallax: wrote ${opts.out}\n`);
        }
      } finally {
        await store.close();
      }
    });
}
