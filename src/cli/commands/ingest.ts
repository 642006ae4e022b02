import type { Command } from "commander";
import { openStore } from "../../store/openStore.js";
import type { Io } from "../io.js";
import { globalFlags, parseFlags, readFlags } from "../options.js";
import { finish, readOptionsFrom, runContext, runInputs } from "../run.js";
import { clusterStored } from "./stories.js";

export function ingestCommand(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("ingest")
    .description(
      "Read inputs into the store (duplicates kept once, syndicated copies linked to their original) and cluster " +
        "the new articles into the stored stories",
    )
    .argument("<inputs...>", "files, directories, URLs, or - for stdin")
    .action(async (inputs: string[], _opts: unknown, cmd: Command) => {
      const all = cmd.optsWithGlobals();
      const flags = parseFlags(readFlags, all);
      const { db, quiet } = parseFlags(globalFlags, all);
      const store = await openStore(db);
      const counts = { new: 0, duplicate: 0, copy: 0 };
      try {
        const summary = await runInputs(
          inputs,
          readOptionsFrom(flags, io),
          runContext(flags),
          io,
          quiet,
          "ingest",
          async (article) => {
            const outcome = await store.putArticle(article);
            counts[outcome.status]++;
          },
          (failure) => store.putFailure(failure),
        );
        if (!quiet) {
          io.err(
            `parallax: stored ${counts.new} new, ${counts.copy} copies, ${counts.duplicate} duplicates in ${db}\n`,
          );
        }
        // Stories follow the store: every stored article not yet in a story joins one (or starts one).
        const clustered = await clusterStored(store, io, quiet);
        setExit(Math.max(finish(summary, io, quiet, "ingest"), clustered));
      } finally {
        await store.close();
      }
    });
}
