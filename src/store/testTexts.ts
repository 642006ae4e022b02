import { readFileSync } from "node:fs";

const read = (name: string) =>
  readFileSync(new URL(`./fixtures/river-flood/${name}.txt`, import.meta.url), "utf8").trim();

/** The near-duplicate cases described in fixtures/river-flood/README.md (test data). */
export const riverFlood = {
  original: read("original"),
  republished: read("republished"),
  trimmed: read("trimmed"),
  editedCopy: read("edited-copy"),
  otherOutlet: read("other-outlet"),
};
