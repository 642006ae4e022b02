import { Readable } from "node:stream";
import { deflateRawSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ByteSource } from "./ByteSource.js";
import { type GzipMember, gzipMembers } from "./gzipMembers.js";

/** A gzip member with the optional FEXTRA, FNAME and FCOMMENT fields that `gzip` and some archivers write. */
function memberWithOptionalFields(content: string): Buffer {
  const data = Buffer.from(content);
  const header = Buffer.from([0x1f, 0x8b, 8, 0x04 | 0x08 | 0x10, 0, 0, 0, 0, 0, 3]);
  const extra = Buffer.from([4, 0, 0x41, 0x42, 2, 0]);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(0, 0); // CRC is not checked by the reader; the length is.
  trailer.writeUInt32LE(data.length, 4);
  return Buffer.concat([header, extra, Buffer.from("name.warc\0comment\0"), deflateRawSync(data), trailer]);
}

async function members(bytes: Buffer, maxBytes = 1 << 20, chunk = 7): Promise<GzipMember[]> {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunk) chunks.push(bytes.subarray(i, i + chunk));
  const out: GzipMember[] = [];
  for await (const m of gzipMembers(new ByteSource(Readable.from(chunks)), maxBytes)) out.push(m);
  return out;
}

describe("gzipMembers", () => {
  it("splits members with their compressed offsets, across chunk boundaries and optional header fields", async () => {
    const a = gzipSync("first member");
    const b = memberWithOptionalFields("second member");
    const c = gzipSync("third");
    const result = await members(Buffer.concat([a, b, c]));
    expect(result.map((m) => (m.ok ? [m.offset, m.data.toString()] : [m.offset, m.reason]))).toEqual([
      [0, "first member"],
      [a.length, "second member"],
      [a.length + b.length, "third"],
    ]);
  });

  it("skips a member larger than the limit and goes on to the next", async () => {
    const big = gzipSync("x".repeat(5000));
    const result = await members(Buffer.concat([big, gzipSync("small")]), 1000, 512);
    expect(result.map((m) => m.ok || m.fatal)).toEqual([false, true]);
    expect(result[1]).toEqual({ offset: big.length, ok: true, data: Buffer.from("small") });
  });

  it("ends with a fatal member on a truncated stream or bytes that are not gzip", async () => {
    const a = gzipSync("complete");
    expect(await members(Buffer.concat([a, gzipSync("cut off").subarray(0, 12)]))).toEqual([
      { offset: 0, ok: true, data: Buffer.from("complete") },
      { offset: a.length, ok: false, reason: "truncated gzip (unexpected end of file)", fatal: true },
    ]);
    expect(await members(Buffer.concat([a, Buffer.from("trailing junk")]))).toEqual([
      { offset: 0, ok: true, data: Buffer.from("complete") },
      { offset: a.length, ok: false, reason: "not gzip data (bad magic number)", fatal: true },
    ]);
  });
});
