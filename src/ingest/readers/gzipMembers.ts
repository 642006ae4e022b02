import { createInflateRaw } from "node:zlib";
import type { ByteSource } from "./ByteSource.js";

/** One gzip member: where it starts in the compressed file, and its content or why there is none. */
export type GzipMember =
  { offset: number; ok: true; data: Buffer } | { offset: number; ok: false; reason: string; fatal: boolean };

const FLAG_HCRC = 0x02;
const FLAG_EXTRA = 0x04;
const FLAG_NAME = 0x08;
const FLAG_COMMENT = 0x10;

/**
 * The members of a gzip stream one at a time, each with its compressed offset (WARC files compress each record as
 * its own member, so the offset addresses the record). Only one member's content is held in memory; a member whose
 * content passes `maxBytes` is skipped (reported, not fatal). A cut or corrupt stream ends with a fatal member.
 *
 * @example for await (const m of gzipMembers(new ByteSource(createReadStream("x.warc.gz")), 64 << 20)) …
 */
export async function* gzipMembers(source: ByteSource, maxBytes: number): AsyncGenerator<GzipMember> {
  while (await source.hasMore()) {
    const offset = source.offset;
    const header = await readHeader(source);
    if (header !== "ok") {
      yield { offset, ok: false, reason: header, fatal: true };
      return;
    }
    const inflated = await inflateMember(source, maxBytes);
    if (inflated.error) {
      yield { offset, ok: false, reason: inflated.error, fatal: true };
      return;
    }
    const trailer = await source.read(8);
    if (trailer.length < 8) {
      yield { offset, ok: false, reason: "truncated gzip (unexpected end of file)", fatal: true };
      return;
    }
    if (trailer.readUInt32LE(4) !== inflated.size % 2 ** 32) {
      yield {
        offset,
        ok: false,
        reason: "corrupt gzip: length in the trailer does not match the content",
        fatal: true,
      };
      return;
    }
    if (inflated.data === null) {
      yield {
        offset,
        ok: false,
        reason: `larger than ${maxBytes} bytes decompressed; raise --max-bytes to read it`,
        fatal: false,
      };
    } else {
      yield { offset, ok: true, data: inflated.data };
    }
  }
}

/** Reads the member header (RFC 1952) up to the deflate data; "ok" or the reason it is not gzip. */
async function readHeader(source: ByteSource): Promise<string> {
  const fixed = await source.read(10);
  if (fixed.length < 10) return "truncated gzip (unexpected end of file)";
  if (fixed[0] !== 0x1f || fixed[1] !== 0x8b || fixed[2] !== 8) return "not gzip data (bad magic number)";
  const flags = fixed[3] ?? 0;
  if (flags & FLAG_EXTRA) {
    const length = await source.read(2);
    if (length.length < 2 || (await source.skip(length.readUInt16LE(0))) < length.readUInt16LE(0)) {
      return "truncated gzip (unexpected end of file)";
    }
  }
  for (const flag of [FLAG_NAME, FLAG_COMMENT]) {
    if (!(flags & flag)) continue;
    for (;;) {
      const byte = await source.read(1);
      if (byte.length === 0) return "truncated gzip (unexpected end of file)";
      if (byte[0] === 0) break;
    }
  }
  if (flags & FLAG_HCRC && (await source.skip(2)) < 2) return "truncated gzip (unexpected end of file)";
  return "ok";
}

/**
 * Inflates one deflate stream from the source, leaving the bytes after it unread. The content is kept up to
 * `maxBytes` (data is null past that, but the stream is still read to its end so the next member can be found).
 */
async function inflateMember(
  source: ByteSource,
  maxBytes: number,
): Promise<{ data: Buffer | null; size: number; error: string | null }> {
  const inflate = createInflateRaw();
  const parts: Buffer[] = [];
  let size = 0;
  let error: string | null = null;
  let ended = false;
  inflate.on("data", (chunk: Buffer) => {
    size += chunk.length;
    if (size <= maxBytes) parts.push(chunk);
  });
  const finished = new Promise<void>((resolve) => {
    inflate.on("end", () => {
      ended = true;
      resolve();
    });
    inflate.on("error", (err: Error & { code?: string }) => {
      error = err.code === "Z_BUF_ERROR" ? "truncated gzip (unexpected end of file)" : `corrupt gzip: ${err.message}`;
      resolve();
    });
  });

  let fed = 0;
  for (;;) {
    const chunk = await source.chunk();
    if (!chunk) {
      inflate.end();
      break;
    }
    await new Promise<void>((resolve) => inflate.write(chunk, () => resolve()));
    fed += chunk.length;
    // Let a pending 'end' or 'error' event arrive before deciding.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (error) break;
    const unused = fed - inflate.bytesWritten;
    if (unused > 0 || ended) {
      // The deflate stream ended inside this chunk: the rest belongs to the trailer and the next member.
      source.unshift(chunk.subarray(chunk.length - unused));
      inflate.end();
      break;
    }
  }
  await finished;
  inflate.destroy();
  if (error) return { data: null, size, error };
  return { data: size <= maxBytes ? Buffer.concat(parts, size) : null, size, error: null };
}
