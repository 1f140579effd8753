import { createInflateRaw, crc32, inflateRawSync } from 'node:zlib';
import { PackageError } from '../package-error';

/** One entry of a zip archive, as its central directory describes it. */
export interface ZipEntry {
  /** The name as stored (`xl/worksheets/sheet1.xml`). */
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly dosTime: number;
  readonly dosDate: number;
  readonly versionMadeBy: number;
  readonly internalAttributes: number;
  readonly externalAttributes: number;
  /** Where the compressed bytes start in the archive. */
  readonly dataOffset: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED = 0x1;
const MAX_COMMENT = 0xffff;
/** Inflated chunks of at most this size, so a large part never sits whole in memory. */
const CHUNK = 256 * 1024;

function findEndRecord(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) if (view.getUint32(at, true) === EOCD) return at;
  throw new PackageError({ code: 'not_a_zip' });
}

/** The key a part is looked up by: case ignored, and `\\` read as `/` (some producers write Windows separators). */
export const partKey = (name: string) => name.replace(/\\/g, '/').toLowerCase();

/**
 * A zip archive held in memory: its directory read once, each entry's compressed bytes reachable
 * without copying, inflated whole (small parts) or in chunks (sheets). Names are looked up ignoring
 * case, as part names in an Office package are, and with `\\` read as `/`. A part stored twice
 * under one name is refused (`duplicate_part`): which one a reader takes is anyone's guess.
 *
 * @example
 * const zip = ZipArchive.open(await readFile('plan.xlsx'));
 * zip.text('xl/workbook.xml').startsWith('<?xml') // true
 */
export class ZipArchive {
  private readonly byName = new Map<string, ZipEntry>();
  /** Entries whose content has been inflated in full and matched its size and checksum. */
  private readonly checked = new Set<ZipEntry>();

  private constructor(
    readonly bytes: Uint8Array,
    readonly entries: readonly ZipEntry[],
  ) {
    for (const e of entries) {
      if (this.byName.has(partKey(e.name))) throw new PackageError({ code: 'duplicate_part', part: e.name });
      this.byName.set(partKey(e.name), e);
    }
  }

  /** Reads the central directory; throws `not_a_zip`, `zip64`, `corrupt_part` or `duplicate_part`. */
  static open(bytes: Uint8Array): ZipArchive {
    if (bytes.byteLength < 22) throw new PackageError({ code: 'not_a_zip' });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = findEndRecord(view);
    if (end >= 20 && view.getUint32(end - 20, true) === EOCD64_LOCATOR)
      throw new PackageError({ code: 'zip64' });
    const count = view.getUint16(end + 10, true);
    const size = view.getUint32(end + 12, true);
    const offset = view.getUint32(end + 16, true);
    if (count === 0xffff || offset === 0xffffffff) throw new PackageError({ code: 'zip64' });
    if (offset + size > end) throw new PackageError({ code: 'not_a_zip' });
    const decoder = new TextDecoder('utf-8');
    const latin1 = new TextDecoder('latin1');
    const entries: ZipEntry[] = [];
    let at = offset;
    for (let i = 0; i < count; i++) {
      if (at + 46 > end || view.getUint32(at, true) !== CENTRAL)
        throw new PackageError({ code: 'not_a_zip' });
      const flags = view.getUint16(at + 8, true);
      const nameLength = view.getUint16(at + 28, true);
      const extraLength = view.getUint16(at + 30, true);
      const commentLength = view.getUint16(at + 32, true);
      const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
      const name = (flags & 0x800) !== 0 ? decoder.decode(nameBytes) : latin1.decode(nameBytes);
      const compressedSize = view.getUint32(at + 20, true);
      const uncompressed = view.getUint32(at + 24, true);
      const localOffset = view.getUint32(at + 42, true);
      if (compressedSize === 0xffffffff || uncompressed === 0xffffffff || localOffset === 0xffffffff)
        throw new PackageError({ code: 'zip64' });
      if (localOffset + 30 > bytes.byteLength || view.getUint32(localOffset, true) !== LOCAL)
        throw new PackageError({ code: 'corrupt_part', part: name });
      const dataOffset =
        localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
      if (dataOffset + compressedSize > bytes.byteLength)
        throw new PackageError({ code: 'corrupt_part', part: name });
      entries.push({
        name,
        method: view.getUint16(at + 10, true),
        flags,
        crc: view.getUint32(at + 16, true),
        compressedSize,
        size: uncompressed,
        dosTime: view.getUint16(at + 12, true),
        dosDate: view.getUint16(at + 14, true),
        versionMadeBy: view.getUint16(at + 4, true),
        internalAttributes: view.getUint16(at + 36, true),
        externalAttributes: view.getUint32(at + 38, true),
        dataOffset,
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return new ZipArchive(bytes, entries);
  }

  /** The entry called `name` (case ignored), or `undefined`. */
  find(name: string): ZipEntry | undefined {
    return this.byName.get(partKey(name));
  }

  has(name: string): boolean {
    return this.byName.has(partKey(name));
  }

  /** The entry's compressed bytes, as stored (a view, not a copy). */
  compressed(entry: ZipEntry): Uint8Array {
    return this.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  }

  private check(entry: ZipEntry): void {
    if ((entry.flags & ENCRYPTED) !== 0 || (entry.method !== STORED && entry.method !== DEFLATED))
      throw new PackageError({ code: 'unsupported_part', part: entry.name });
  }

  /** The whole content of a (small) entry, checked against its size and checksum. */
  content(name: string): Uint8Array {
    const entry = this.find(name);
    if (entry === undefined) throw new PackageError({ code: 'missing_part', part: name });
    this.check(entry);
    let data: Uint8Array;
    try {
      data = entry.method === STORED ? this.compressed(entry) : inflateRawSync(this.compressed(entry));
    } catch {
      throw new PackageError({ code: 'corrupt_part', part: entry.name });
    }
    if (data.byteLength !== entry.size || crc32(data) >>> 0 !== entry.crc)
      throw new PackageError({ code: 'corrupt_part', part: entry.name });
    this.checked.add(entry);
    return data;
  }

  /**
   * Whether `entry` of `other` is a byte-for-byte copy of an entry of this archive whose content was
   * already read here in full and matched its size and checksum: same name, method, sizes and
   * checksum, not encrypted, and the same compressed bytes. Inflating it again could only give the same result.
   *
   * @example for await (const c of input.chunks('xl/worksheets/sheet1.xml')) void c;
   * input.isCheckedCopy(output, output.find('xl/worksheets/sheet1.xml')!) // true when copied as is
   */
  isCheckedCopy(other: ZipArchive, entry: ZipEntry): boolean {
    const mine = this.find(entry.name);
    if (mine === undefined || !this.checked.has(mine)) return false;
    if (
      mine.name !== entry.name ||
      mine.method !== entry.method ||
      (entry.flags & ENCRYPTED) !== 0 ||
      mine.crc !== entry.crc ||
      mine.size !== entry.size ||
      mine.compressedSize !== entry.compressedSize
    )
      return false;
    return Buffer.compare(this.compressed(mine), other.compressed(entry)) === 0;
  }

  /** The content of a (small) entry as UTF-8 text (a byte-order mark dropped). */
  text(name: string): string {
    return new TextDecoder('utf-8').decode(this.content(name));
  }

  /**
   * The content of an entry in chunks of at most 256 KB, checked against its size and checksum
   * once the last chunk is out (a damaged part throws `corrupt_part` then).
   *
   * @example for await (const chunk of zip.chunks('xl/worksheets/sheet1.xml')) scanner.push(chunk);
   */
  async *chunks(name: string): AsyncGenerator<Uint8Array> {
    const entry = this.find(name);
    if (entry === undefined) throw new PackageError({ code: 'missing_part', part: name });
    this.check(entry);
    const stored = this.compressed(entry);
    let crc = 0;
    let size = 0;
    if (entry.method === STORED) {
      for (let at = 0; at < stored.byteLength; at += CHUNK) {
        const chunk = stored.subarray(at, at + CHUNK);
        crc = crc32(chunk, crc);
        size += chunk.byteLength;
        yield chunk;
      }
    } else {
      const inflate = createInflateRaw({ chunkSize: CHUNK });
      inflate.end(stored);
      try {
        for await (const chunk of inflate as AsyncIterable<Buffer>) {
          crc = crc32(chunk, crc);
          size += chunk.byteLength;
          yield chunk;
        }
      } catch (e) {
        if (e instanceof PackageError) throw e;
        throw new PackageError({ code: 'corrupt_part', part: entry.name });
      } finally {
        inflate.destroy();
      }
    }
    if (size !== entry.size || crc >>> 0 !== entry.crc)
      throw new PackageError({ code: 'corrupt_part', part: entry.name });
    this.checked.add(entry);
  }
}
