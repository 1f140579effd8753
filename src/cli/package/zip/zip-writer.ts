import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import type { ZipArchive, ZipEntry } from './zip-archive';

/** The date Excel gives every part it writes: 1980-01-01 00:00, the zip format's day zero. */
const DOS_DATE_1980 = 0x21;
const DEFLATED = 8;
const UTF8_NAMES = 0x800;
const VERSION = 20;
/** Levels: 6 is zlib's default balance of size and speed. */
const LEVEL = 6;
const CHUNK = 256 * 1024;

interface Written {
  readonly name: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly dosTime: number;
  readonly dosDate: number;
  readonly versionMadeBy: number;
  readonly internalAttributes: number;
  readonly externalAttributes: number;
  readonly offset: number;
}

const encoder = new TextEncoder();

/** A part's content, deflated, with what its zip entry records. */
export interface Deflated {
  readonly chunks: readonly Uint8Array[];
  readonly compressedSize: number;
  readonly size: number;
  readonly crc: number;
}

/**
 * Deflates a whole part.
 *
 * @example deflate('<xml/>').size // 6
 */
export function deflate(content: string | Uint8Array): Deflated {
  const data = typeof content === 'string' ? encoder.encode(content) : content;
  const compressed = deflateRawSync(data, { level: LEVEL });
  return {
    chunks: [compressed],
    compressedSize: compressed.byteLength,
    size: data.byteLength,
    crc: crc32(data) >>> 0,
  };
}

/**
 * Deflates a part produced piece by piece (a patched sheet) as it comes, so the text is never
 * whole in memory; only the compressed result is kept.
 *
 * @example const d = await deflateStream(patchSheet(...));
 */
export async function deflateStream(pieces: AsyncIterable<string>): Promise<Deflated> {
  const deflater = createDeflateRaw({ level: LEVEL, chunkSize: CHUNK });
  const chunks: Buffer[] = [];
  deflater.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    deflater.on('end', resolve);
    deflater.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  let pending = '';
  const flush = async (text: string) => {
    const data = encoder.encode(text);
    crc = crc32(data, crc);
    size += data.byteLength;
    if (!deflater.write(data)) await new Promise((r) => deflater.once('drain', r));
  };
  try {
    for await (const piece of pieces) {
      pending += piece;
      if (pending.length >= CHUNK) {
        await flush(pending);
        pending = '';
      }
    }
    if (pending.length > 0) await flush(pending);
  } catch (e) {
    deflater.destroy();
    throw e;
  }
  deflater.end();
  await done;
  return { chunks, compressedSize: chunks.reduce((n, c) => n + c.byteLength, 0), size, crc: crc >>> 0 };
}

/**
 * Builds a zip archive in memory, entry by entry: entries of another archive copied with their
 * compressed bytes unchanged, new entries deflated whole or from a stream of chunks.
 *
 * @example
 * const out = new ZipWriter();
 * out.copy(zip, zip.find('xl/styles.xml')!);
 * out.add('xl/worksheets/sheet9.xml', xml);
 * const bytes = out.finish();
 */
export class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly written: Written[] = [];
  private offset = 0;

  private push(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.offset += chunk.byteLength;
  }

  private header(entry: Omit<Written, 'offset'>): void {
    const local = new Uint8Array(30 + entry.name.byteLength);
    const view = new DataView(local.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(4, VERSION, true);
    view.setUint16(6, entry.flags, true);
    view.setUint16(8, entry.method, true);
    view.setUint16(10, entry.dosTime, true);
    view.setUint16(12, entry.dosDate, true);
    view.setUint32(14, entry.crc, true);
    view.setUint32(18, entry.compressedSize, true);
    view.setUint32(22, entry.size, true);
    view.setUint16(26, entry.name.byteLength, true);
    view.setUint16(28, 0, true);
    local.set(entry.name, 30);
    this.written.push({ ...entry, offset: this.offset });
    this.push(local);
  }

  /**
   * Copies an entry of `source` as it is stored: the same compressed bytes, checksum and date. Its
   * local header is written afresh (sizes known up front, no data descriptor, no extra fields).
   */
  copy(source: ZipArchive, entry: ZipEntry): void {
    this.header({
      name: encoder.encode(entry.name),
      flags: (entry.flags & ~0x8) | UTF8_NAMES,
      method: entry.method,
      crc: entry.crc,
      compressedSize: entry.compressedSize,
      size: entry.size,
      dosTime: entry.dosTime,
      dosDate: entry.dosDate,
      versionMadeBy: entry.versionMadeBy,
      internalAttributes: entry.internalAttributes,
      externalAttributes: entry.externalAttributes,
    });
    this.push(source.compressed(entry));
  }

  /** Adds a new entry, deflated. */
  add(name: string, content: string | Uint8Array): void {
    this.addDeflated(name, deflate(content));
  }

  /** Adds an entry deflated beforehand (`deflate`, `deflateStream`). */
  addDeflated(name: string, deflated: Deflated): void {
    this.header({
      name: encoder.encode(name),
      flags: UTF8_NAMES,
      method: DEFLATED,
      crc: deflated.crc,
      compressedSize: deflated.compressedSize,
      size: deflated.size,
      dosTime: 0,
      dosDate: DOS_DATE_1980,
      versionMadeBy: VERSION,
      internalAttributes: 0,
      externalAttributes: 0,
    });
    for (const c of deflated.chunks) this.push(c);
  }

  /** The whole archive: every entry, then the central directory. */
  finish(): Uint8Array {
    const start = this.offset;
    for (const e of this.written) {
      const central = new Uint8Array(46 + e.name.byteLength);
      const view = new DataView(central.buffer);
      view.setUint32(0, 0x02014b50, true);
      view.setUint16(4, e.versionMadeBy, true);
      view.setUint16(6, VERSION, true);
      view.setUint16(8, e.flags, true);
      view.setUint16(10, e.method, true);
      view.setUint16(12, e.dosTime, true);
      view.setUint16(14, e.dosDate, true);
      view.setUint32(16, e.crc, true);
      view.setUint32(20, e.compressedSize, true);
      view.setUint32(24, e.size, true);
      view.setUint16(28, e.name.byteLength, true);
      view.setUint16(36, e.internalAttributes, true);
      view.setUint32(38, e.externalAttributes, true);
      view.setUint32(42, e.offset, true);
      central.set(e.name, 46);
      this.push(central);
    }
    const end = new Uint8Array(22);
    const view = new DataView(end.buffer);
    view.setUint32(0, 0x06054b50, true);
    view.setUint16(8, this.written.length, true);
    view.setUint16(10, this.written.length, true);
    view.setUint32(12, this.offset - start, true);
    view.setUint32(16, start, true);
    this.push(end);
    const out = new Uint8Array(this.offset);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.byteLength;
    }
    return out;
  }
}
