import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The workspace's shared contract, beside the repository, when present. */
const sharedContract = fileURLToPath(new URL("../../shared/contract/dossier.schema.json", import.meta.url));
/** Our pinned copy of it, so a clone on its own can still check its output (contract/README.md). */
const pinnedContract = fileURLToPath(new URL("../contract/dossier.schema.json", import.meta.url));

/**
 * The dossier contract (JSON Schema 2020-12): the shared one when the workspace has it, else the pinned copy.
 *
 * @example new Ajv2020({ strict: false }).compile(loadContract().schema)
 */
export function loadContract(): { schema: object; path: string; pinned: object } {
  const pinned = JSON.parse(readFileSync(pinnedContract, "utf8")) as object;
  if (!existsSync(sharedContract)) return { schema: pinned, path: pinnedContract, pinned };
  return { schema: JSON.parse(readFileSync(sharedContract, "utf8")) as object, path: sharedContract, pinned };
}
