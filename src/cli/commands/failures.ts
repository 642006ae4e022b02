import type { Command } from "commander";
import { openStore } from "../../store/openStore.js";
import type { Io } from "../io.js";
import { globalFlags, parseFlags } from "../options.js";

export function failuresCommand(program: Command, io: Io): void {
  program
    .command("failures")
    .description("List inputs that failed, with the reason, from the store")
    .option("--json", "print JSONL instead of text")
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const { db } = parseFlags(globalFlags, cmd.optsWithGlobals());
      const store = await openStore(db);
      try {
        for (const f of await store.listFailures()) {
          io.out(opts.json ? JSON.stringify(f) + "\n" : `${f.at}\t${f.source}\t${f.reason}\n`);
        }
      } finally {
        await store.close();
      }
    });
}
