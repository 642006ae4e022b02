import type { BytesResult } from "./readFileBytes.js";
import { formatBytes, gunzipLimited } from "./readFileBytes.js";
import { isGzip } from "./sniff.js";

/**
 * Reads standard input whole, within `maxBytes` (stopping as soon as it passes), decompressing gzip.
 * The caller sniffs what it is.
 *
 * @example const input = await readStdin(process.stdin, 64 << 20)
 */
export async function readStdin(stream: NodeJS.ReadableStream, maxBytes: number): Promise<BytesResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk);
      size += bytes.length;
      if (size > maxBytes)
        return { ok: false, reason: `larger than ${formatBytes(maxBytes)}; raise --max-bytes to read it` };
      chunks.push(bytes);
    }
  } catch (error) {
    return {
      ok: false,
      reason: `cannot read standard input: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (size === 0) return { ok: false, reason: "empty input" };
  const bytes = Buffer.concat(chunks, size);
  return isGzip(bytes) ? gunzipLimited(bytes, maxBytes) : { ok: true, bytes };
}
