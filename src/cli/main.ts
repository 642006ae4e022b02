import { Command, CommanderError, Option } from "commander";
import { analyzeCommand } from "./commands/analyze.js";
import { extractCommand } from "./commands/extract.js";
import { failuresCommand } from "./commands/failures.js";
import { ingestCommand } from "./commands/ingest.js";
import { storiesCommand } from "./commands/stories.js";
import { storyCommand } from "./commands/story.js";
import type { Io } from "./io.js";
import { processIo } from "./io.js";
import { UsageError } from "./options.js";

/** Exit codes: 0 ok, 1 some inputs failed (the others processed), 2 usage error. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command("parallax")
    .description("Turn news articles from many outlets into a sourced, cross-checked dossier.")
    .version("0.1.0")
    .option("--db <path>", "SQLite store file", "parallax.db")
    .option("-q, --quiet", "no progress or summary on stderr (failures are still reported)")
    .option("--allow-private", "allow URLs on loopback, private and link-local addresses")
    .addOption(new Option("--timeout <seconds>", "per-URL timeout").default("15"))
    .addOption(new Option("--max-bytes <n>", "largest input read, bytes").default(String(64 * 1024 * 1024)))
    .option("--fetch-feed-links", "fetch the link of feed items that carry no content")
    .option("--actors <file>", "YAML file adding or overriding actors and aliases")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  extractCommand(program, io, setExit);
  ingestCommand(program, io, setExit);
  analyzeCommand(program, io, setExit);
  failuresCommand(program, io);
  storiesCommand(program, io, setExit);
  storyCommand(program, io);
  for (const cmd of program.commands) cmd.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });
  return program;
}

/**
 * Runs the CLI and returns the exit code.
 *
 * @example process.exitCode = await main(process.argv)
 */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync([...argv]);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.err(`parallax: ${error.message}\n`);
      return EXIT.usage;
    }
    io.err(`parallax: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.someFailed;
  }
}
