/**
 * Pull-style reading over a stream of chunks: exact-size reads, lines, skipping and putting bytes back, while
 * counting the offset of the next unread byte. Holds only the chunks not yet consumed.
 *
 * @example const src = new ByteSource(createReadStream(path)); const line = await src.readLine(8192);
 */
export class ByteSource {
  private readonly iterator: AsyncIterator<Uint8Array> | Iterator<Uint8Array>;
  private pending: Buffer[] = [];
  private done = false;
  /** Offset of the next unread byte from the start of the stream. */
  offset = 0;

  constructor(stream: AsyncIterable<Uint8Array> | Iterable<Uint8Array>) {
    this.iterator = Symbol.asyncIterator in stream ? stream[Symbol.asyncIterator]() : stream[Symbol.iterator]();
  }

  /** The next chunk as it comes (after any bytes put back), or null at the end. */
  async chunk(): Promise<Buffer | null> {
    if (!(await this.fill())) return null;
    const chunk = this.pending.shift() ?? null;
    if (chunk) this.offset += chunk.length;
    return chunk;
  }

  /** Puts bytes back to be read next (they were read with `chunk`). */
  unshift(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.pending.unshift(bytes);
    this.offset -= bytes.length;
  }

  /** Exactly `n` bytes, or fewer at the end of the stream. */
  async read(n: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    let got = 0;
    while (got < n) {
      const chunk = await this.chunk();
      if (!chunk) break;
      const take = Math.min(chunk.length, n - got);
      parts.push(chunk.subarray(0, take));
      this.unshift(chunk.subarray(take));
      got += take;
    }
    return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, got);
  }

  /** Discards `n` bytes without keeping them; returns how many were there. */
  async skip(n: number): Promise<number> {
    let skipped = 0;
    while (skipped < n) {
      const chunk = await this.chunk();
      if (!chunk) break;
      const take = Math.min(chunk.length, n - skipped);
      this.unshift(chunk.subarray(take));
      skipped += take;
    }
    return skipped;
  }

  /** One line including its `\n`, or the rest of the stream without one; null at the end. Longer than `max` → null. */
  async readLine(max: number): Promise<Buffer | null> {
    const parts: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = await this.chunk();
      if (!chunk) return size > 0 ? Buffer.concat(parts, size) : null;
      const newline = chunk.indexOf(0x0a);
      const take = newline === -1 ? chunk.length : newline + 1;
      parts.push(chunk.subarray(0, take));
      this.unshift(chunk.subarray(take));
      size += take;
      if (newline !== -1) return Buffer.concat(parts, size);
      if (size > max) return null;
    }
  }

  /** True when at least one more byte can be read. */
  async hasMore(): Promise<boolean> {
    return this.fill();
  }

  private async fill(): Promise<boolean> {
    while (this.pending.length === 0 && !this.done) {
      const next = await this.iterator.next();
      if (next.done) this.done = true;
      else if (next.value.length > 0)
        this.pending.push(Buffer.from(next.value.buffer, next.value.byteOffset, next.value.length));
    }
    return this.pending.length > 0;
  }
}
