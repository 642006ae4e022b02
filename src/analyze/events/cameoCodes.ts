import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";

/** The folder of the event dictionaries shipped with Parallax (`data/events/`), from src/ or dist/ alike. */
export const eventsDataDir = fileURLToPath(new URL("../../../data/events/", import.meta.url));

const cameoCodePattern = /^(0[1-9]|1\d|20)\d{0,2}$/;
const cameoCode = z.string().regex(cameoCodePattern, 'expected a CAMEO code such as "04", "046" or "0311"');

const codeTableFile = z.object({
  oneActor: z.array(z.string().regex(/^\d{2,4}$/, "expected a CAMEO code prefix")).default([]),
  codes: z.record(
    cameoCode,
    z.object({
      goldstein: z
        .number()
        .min(-10, "Goldstein scores run from -10 to 10")
        .max(10, "Goldstein scores run from -10 to 10"),
      label: z.string().min(1),
    }),
  ),
});

/** One CAMEO code with its Goldstein score and Phoenix quad class. */
export interface CameoEntry {
  code: string;
  label: string;
  goldstein: number;
  /** 0 neutral (01–02), 1 verbal cooperation (03–05), 2 material cooperation (06–08), 3 verbal conflict (09–13), 4 material conflict (14–20). */
  quad: 0 | 1 | 2 | 3 | 4;
}

/** The CAMEO code table: labels, Goldstein scores and which codes may go without a target. */
export interface CameoTable {
  get(code: string): CameoEntry | undefined;
  /** Whether an event with this code may be coded with one actor only (a protest, a pledge, a show of force). */
  allowsOneActor(code: string): boolean;
  readonly codes: readonly string[];
}

/** The CAMEO root (two digits) of a code: "0311" → "03". */
export function cameoRoot(code: string): string {
  return code.slice(0, 2);
}

/** Phoenix quad class of a root. */
export function quadClass(root: string): 0 | 1 | 2 | 3 | 4 {
  const n = Number(root);
  if (n <= 2) return 0;
  if (n <= 5) return 1;
  if (n <= 8) return 2;
  if (n <= 13) return 3;
  return 4;
}

/**
 * Reads the CAMEO code table (default: data/events/cameo.yaml). Throws a message naming the file and code when
 * an entry is invalid.
 *
 * @example loadCameoTable().get("195")?.goldstein // → -10
 */
export function loadCameoTable(file = `${eventsDataDir}cameo.yaml`): CameoTable {
  const parsed = codeTableFile.safeParse(parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}`);
  }
  const entries = new Map<string, CameoEntry>();
  for (const [code, { goldstein, label }] of Object.entries(parsed.data.codes)) {
    entries.set(code, { code, label, goldstein, quad: quadClass(cameoRoot(code)) });
  }
  const oneActor = parsed.data.oneActor;
  return {
    get: (code) => entries.get(code),
    allowsOneActor: (code) => oneActor.some((prefix) => code.startsWith(prefix)),
    codes: [...entries.keys()],
  };
}
