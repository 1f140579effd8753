/** A decoder of UTF-8 that arrives in chunks. */
export interface Utf8Chunks {
  /** The text of a chunk; a character cut at its end waits for the next chunk. */
  push(chunk: Uint8Array): string;
  /** Whatever is left (a truncated last character, decoded as Node decodes one). */
  end(): string;
}

/**
 * Decodes UTF-8 arriving in chunks (an inflating part) into text, a chunk at a time. Node's own
 * decoding of a buffer is used: it is several times faster than a streaming `TextDecoder` on the
 * large, mostly ASCII parts of a sheet.
 *
 * @example const d = utf8Chunks(); d.push(Buffer.from([0xc3])) + d.push(Buffer.from([0xa9])) // 'é'
 */
export function utf8Chunks(): Utf8Chunks {
  let carry: Buffer | null = null;
  return {
    push(chunk) {
      let bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      if (carry !== null) {
        bytes = Buffer.concat([carry, bytes]);
        carry = null;
      }
      // Back up over a last character whose bytes are not all here yet.
      let end = bytes.length;
      let back = 0;
      while (back < 3 && end - back - 1 >= 0 && ((bytes[end - back - 1] ?? 0) & 0xc0) === 0x80) back++;
      const lead = bytes[end - back - 1];
      if (lead !== undefined && lead >= 0xc0) {
        const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
        if (back + 1 < length) end = end - back - 1;
      }
      if (end < bytes.length) carry = Buffer.from(bytes.subarray(end));
      return bytes.toString('utf8', 0, end);
    },
    end() {
      const rest = carry === null ? '' : carry.toString('utf8');
      carry = null;
      return rest;
    },
  };
}
