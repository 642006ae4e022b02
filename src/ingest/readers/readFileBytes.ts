import { open, stat } from "node:fs/promises";
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import { isGzip } from "./sniff.js";

const gunzipAsync = promisify(gunzip);

export type BytesResult = { ok: true; bytes: Buffer } | { ok: false; reason: string };

/**
 * Reads a whole file, decompressing gzip (by its magic number), within `maxBytes` for both the file and its
 * decompressed content. The size is checked with `stat` before anything is read. Never throws.
 *
 * @example await readFileBytes("page.html.gz", 64 * 1024 * 1024) // { ok: true, bytes }
 */
export async function readFileBytes(path: string, maxBytes: number): Promise<BytesResult> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, reason: "is a directory" };
    if (!info.isFile()) return { ok: false, reason: "not a regular file" };
    if (info.size > maxBytes) return { ok: false, reason: tooLarge(info.size, maxBytes) };
    if (info.size === 0) return { ok: false, reason: "empty file" };
    const bytes = await readAtMost(path, maxBytes);
    if (bytes === null) return { ok: false, reason: `larger than ${formatBytes(maxBytes)} (the file grew while read)` };
    return isGzip(bytes) ? await gunzipLimited(bytes, maxBytes) : { ok: true, bytes };
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
}

/**
 * Decompresses gzip (several members too) without letting the output pass `maxBytes`.
 * A file cut short is reported as "truncated gzip".
 */
export async function gunzipLimited(bytes: Uint8Array, maxBytes: number): Promise<BytesResult> {
  try {
    const out = await gunzipAsync(bytes, { maxOutputLength: maxBytes });
    if (out.length === 0) return { ok: false, reason: "empty file (gzip holds no data)" };
    return { ok: true, bytes: out };
  } catch (error) {
    return { ok: false, reason: describeGzipError(error, maxBytes) };
  }
}

/** A one-line reason for a zlib error. */
export function describeGzipError(error: unknown, maxBytes: number): string {
  const code = (error as { code?: string }).code;
  if (code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError) {
    return `decompressed content larger than ${formatBytes(maxBytes)}; raise --max-bytes to read it`;
  }
  if (code === "Z_BUF_ERROR") return "truncated gzip (unexpected end of file)";
  return `corrupt gzip: ${error instanceof Error ? error.message : String(error)}`;
}

/** A one-line reason for a file-system error, naming what to check. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** `larger than 64 MiB (70.2 MiB); raise --max-bytes to read it` */
export function tooLarge(size: number, maxBytes: number): string {
  return `larger than ${formatBytes(maxBytes)} (${formatBytes(size)}); raise --max-bytes to read it`;
}

/** 67108864 → "64 MiB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}

/** Reads up to `maxBytes`; null when the file holds more (it grew after `stat`). */
async function readAtMost(path: string, maxBytes: number): Promise<Buffer | null> {
  const handle = await open(path, "r");
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return null;
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}
