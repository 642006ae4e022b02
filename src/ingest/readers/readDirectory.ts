import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Failure } from "../../article.js";
import { describeFsError } from "./readFileBytes.js";
import { kindFromPath } from "./sniff.js";

export interface DirectoryListing {
  /** Files a reader knows by their extension, in a stable order (code-point order of the path). */
  files: string[];
  /** Files left out: hidden ones, and extensions no reader knows. */
  skipped: { path: string; reason: string }[];
  /** Folders that could not be listed. */
  failures: Failure[];
}

/**
 * Lists a folder recursively for reading: sorted, hidden files and folders left out, and files with an extension no
 * reader knows skipped (they are counted in `skipped`, not read; a file given explicitly is sniffed instead).
 * Symbolic links to folders are not followed, so a link cycle cannot loop.
 *
 * @example const { files, skipped } = await listDirectory("corpus")
 */
export async function listDirectory(dir: string): Promise<DirectoryListing> {
  const listing: DirectoryListing = { files: [], skipped: [], failures: [] };
  await walk(dir, listing);
  listing.files.sort(byCodePoint);
  return listing;
}

async function walk(dir: string, listing: DirectoryListing): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    listing.failures.push({ source: dir, reason: `cannot list folder: ${describeFsError(error)}` });
    return;
  }
  entries.sort((a, b) => byCodePoint(a.name, b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.name.startsWith(".")) {
      listing.skipped.push({ path, reason: "hidden" });
    } else if (entry.isDirectory()) {
      await walk(path, listing);
    } else if (entry.isSymbolicLink() && (await isFolder(path))) {
      listing.skipped.push({ path, reason: "link to a folder, not followed" });
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      if (kindFromPath(entry.name).kind) listing.files.push(path);
      else listing.skipped.push({ path, reason: "unknown extension" });
    }
  }
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
