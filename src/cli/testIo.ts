import { Readable } from "node:stream";
import type { Io } from "./io.js";

/** An in-memory Io for running the CLI inside tests. */
export function captureIo(stdin = ""): Io & { stdout: () => string; stderr: () => string } {
  let out = "";
  let err = "";
  return {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    stdin: Readable.from([stdin]),
    stderrStream: process.stderr,
    stdout: () => out,
    stderr: () => err,
  };
}
