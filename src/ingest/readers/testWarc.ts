import { randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";

/** A WARC record for tests, written by hand so the reader is tested against bytes, not against warcio's writer. */
export interface TestRecord {
  type: "warcinfo" | "request" | "response" | "resource" | "metadata" | "revisit";
  targetUri?: string;
  date?: string;
  /** HTTP status line and headers for request/response records, without the blank line. */
  http?: string;
  body: Buffer | string;
  recordId?: string;
}

/** One record as WARC 1.1 bytes: version line, headers, blank line, block, two CRLFs. */
export function warcRecord(record: TestRecord): Buffer {
  const body = Buffer.isBuffer(record.body) ? record.body : Buffer.from(record.body);
  const block = record.http
    ? Buffer.concat([Buffer.from(record.http.replace(/\r?\n/g, "\r\n") + "\r\n\r\n"), body])
    : body;
  const contentType =
    record.type === "response" || record.type === "request" ? `application/http; msgtype=${record.type}` : "text/plain";
  const headers = [
    "WARC/1.1",
    `WARC-Type: ${record.type}`,
    `WARC-Record-ID: <urn:uuid:${record.recordId ?? randomUUID()}>`,
    `WARC-Date: ${record.date ?? "2024-03-06T01:02:03Z"}`,
    ...(record.targetUri ? [`WARC-Target-URI: ${record.targetUri}`] : []),
    `Content-Type: ${contentType}`,
    `Content-Length: ${block.length}`,
  ];
  return Buffer.concat([Buffer.from(headers.join("\r\n") + "\r\n\r\n"), block, Buffer.from("\r\n\r\n")]);
}

/** A WARC file; gzipped as Common Crawl does, one gzip member per record. Returns the bytes and each record's offset. */
export function warcFile(records: readonly TestRecord[], gzip: boolean): { bytes: Buffer; offsets: number[] } {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const record of records) {
    const raw = warcRecord(record);
    const part = gzip ? gzipSync(raw) : raw;
    offsets.push(offset);
    parts.push(part);
    offset += part.length;
  }
  return { bytes: Buffer.concat(parts), offsets };
}

/** An HTTP response head for a test record. */
export function httpHead(contentType: string, status = "200 OK", extra: string[] = []): string {
  return [`HTTP/1.1 ${status}`, `Content-Type: ${contentType}`, ...extra].join("\r\n");
}
