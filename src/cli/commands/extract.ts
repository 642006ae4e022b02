import type { Command } from "commander";
import type { Article } from "../../article.js";
import type { Io } from "../io.js";
import { globalFlags, parseFlags, readFlags } from "../options.js";
import { finish, readOptionsFrom, runContext, runInputs } from "../run.js";

/** One JSONL record per article: clean text and metadata, like trafilatura's JSON output. */
export function extractRecord(article: Article): Record<string, unknown> {
  const { meta } = article;
  return {
    id: article.id,
    source: article.source,
    url: meta.url,
    outlet: meta.outlet,
    title: meta.title,
    byline: meta.byline,
    dateline: meta.dateline,
    published: meta.published,
    language: meta.language,
    text: article.text,
    removed: article.removed,
    messages: article.messages,
  };
}

export function extractCommand(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("extract")
    .description("Read inputs and print clean text and metadata as JSONL (one article per line)")
    .argument("<inputs...>", "files, directories, URLs, or - for stdin")
    .action(async (inputs: string[], _opts: unknown, cmd: Command) => {
      const all = cmd.optsWithGlobals();
      const flags = parseFlags(readFlags, all);
      const { quiet } = parseFlags(globalFlags, all);
      const summary = await runInputs(
        inputs,
        readOptionsFrom(flags, io),
        runContext(flags),
        io,
        quiet,
        "extract",
        (article) => {
          io.out(JSON.stringify(extractRecord(article)) + "\n");
        },
      );
      setExit(finish(summary, io, quiet, "extract"));
    });
}
