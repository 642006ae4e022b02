import type { Command } from "commander";
import type { Article, Failure } from "../../article.js";
import { buildDossier } from "../../dossier/buildDossier.js";
import { formatOfFile, render } from "../../dossier/render.js";
import type { Dossier } from "../../dossier/dossier.js";
import type { DossierFormat } from "../../dossier/render.js";
import { entityEventTimeline } from "../../triangulate/timeline/entityEventTimeline.js";
import { entityTimelineFormats, renderEntityTimeline } from "../../triangulate/timeline/renderEntityTimeline.js";
import type { EntityTimelineFormat } from "../../triangulate/timeline/renderEntityTimeline.js";
import { openStore } from "../../store/openStore.js";
import type { Store } from "../../store/Store.js";
import type { Io } from "../io.js";
import { writeFileSync } from "node:fs";
import { formatFlag, globalFlags, parseFlags, readFlags, UsageError } from "../options.js";
import { finish, readOptionsFrom, runContext, runInputs } from "../run.js";

/** Collects the run's articles, once each, with the store's copy links. */
class RunArticles {
  readonly articles = new Map<string, Article>();
  readonly copyOf = new Map<string, string>();

  constructor(private readonly store: Store) {}

  async add(article: Article): Promise<void> {
    const outcome = await this.store.putArticle(article);
    // A duplicate of a stored article is the stored article: same id, so re-running gives the same dossier.
    const id = outcome.status === "duplicate" ? outcome.existingId : outcome.id;
    if (outcome.status === "copy") this.copyOf.set(id, outcome.originalId);
    if (outcome.status === "duplicate") {
      const original = await this.store.originalOf(id);
      if (original) this.copyOf.set(id, original);
    }
    // An earlier-published article arriving later becomes the original of copies already seen.
    if (outcome.status === "new") {
      for (const copy of outcome.relinked ?? []) this.copyOf.set(copy, id);
    }
    if (!this.articles.has(id)) this.articles.set(id, { ...article, id });
  }
}

/** The format of an entity timeline, or a usage error naming the ones it can be written in. */
function entityFormat(format: DossierFormat): EntityTimelineFormat {
  const found = entityTimelineFormats.find((f) => f === format);
  if (found === undefined) throw new UsageError(`--entity writes ${entityTimelineFormats.join(", ")} (got ${format})`);
  return found;
}

/** The output: the dossier, or with `--entity` that entity's timeline. */
function output(dossier: Dossier, format: DossierFormat, entity: string | undefined): string {
  if (entity === undefined) return render(dossier, format);
  return renderEntityTimeline(entity, entityEventTimeline(dossier, entity), entityFormat(format));
}

type AnalyzeOptions = { format: string; out?: string[]; store: boolean; entity?: string };

export function analyzeCommand(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("analyze")
    .description("Read inputs, store them, and print the dossier (json, jsonl, md, html, graphml or tsv)")
    .argument("<inputs...>", "files, directories, URLs, or - for stdin")
    .option(
      "-f, --format <format>",
      "json | jsonl (one article per line) | md | html (self-contained report) | graphml (actor graph) | tsv (GDELT-style events)",
      "json",
    )
    .option(
      "-o, --out <files...>",
      "write the dossier to files instead of stdout; the extension (.json, .jsonl, .md, .html, .graphml, .tsv) picks the format",
    )
    .option("--no-store", "analyse without writing to the store file (copies are still recognised, in memory)")
    .option(
      "--entity <name>",
      "print one entity's timeline instead of the dossier: what the articles say it did or underwent, in date order (json, md or tsv)",
    )
    .action(async (inputs: string[], opts: AnalyzeOptions, cmd: Command) => {
      const all = cmd.optsWithGlobals();
      const format = parseFlags(formatFlag, opts.format);
      const flags = parseFlags(readFlags, all);
      const { db, quiet } = parseFlags(globalFlags, all);
      const entity = opts.entity?.trim();
      if (entity === "") throw new UsageError('--entity needs a name, e.g. --entity "General Motors"');
      const outputs = (opts.out ?? []).map((file) => {
        const fileFormat = formatOfFile(file);
        if (!fileFormat)
          throw new UsageError(`--out ${file}: use a .json, .jsonl, .md, .html, .graphml or .tsv file name`);
        return { file, format: fileFormat };
      });
      if (entity !== undefined) for (const f of [format, ...outputs.map((o) => o.format)]) entityFormat(f);
      // Without the store file, an in-memory store still recognises duplicates and syndicated copies.
      const store = await openStore(opts.store ? db : ":memory:");
      try {
        const run = new RunArticles(store);
        const failures: Failure[] = [];
        const summary = await runInputs(
          inputs,
          readOptionsFrom(flags, io),
          runContext(flags),
          io,
          quiet,
          "analyze",
          (article) => run.add(article),
          async (failure) => {
            failures.push(failure);
            await store.putFailure(failure);
          },
        );
        const dossier = buildDossier({
          articles: [...run.articles.values()],
          copyOf: run.copyOf,
          failures,
          generated: new Date(),
        });
        if (outputs.length === 0) io.out(output(dossier, format, entity));
        for (const { file, format: fileFormat } of outputs) writeFileSync(file, output(dossier, fileFormat, entity));
        if (outputs.length && !quiet) io.err(`parallax: wrote ${outputs.map((o) => o.file).join(", ")}\n`);
        setExit(finish(summary, io, quiet, "analyze"));
      } finally {
        await store.close();
      }
    });
}
