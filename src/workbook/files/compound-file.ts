const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;

/**
 * Whether the bytes start like an OLE compound file (Office 97-2003 files, and encrypted Office
 * files of every version).
 *
 * @example isCompoundFile(xlsBytes) // true
 */
export function isCompoundFile(b: Uint8Array): boolean {
  return SIGNATURE.every((byte, i) => b[i] === byte);
}

/**
 * The names of the streams and storages of an OLE compound file (`Workbook`, `EncryptionInfo`,
 * `WordDocument`), read from its directory through its allocation table; `null` when the
 * directory cannot be followed (a file cut short).
 *
 * @example compoundFileNames(encryptedXlsxBytes) // ['Root Entry', 'EncryptionInfo', 'EncryptedPackage', …]
 */
export function compoundFileNames(b: Uint8Array): string[] | null {
  if (!isCompoundFile(b) || b.length < 512) return null;
  const shift = u16(b, 30);
  if (shift !== 9 && shift !== 12) return null;
  const size = 1 << shift;
  const sectors = Math.floor((b.length - size) / size) + 1;
  const sectorAt = (n: number): number => (n + 1) * size;
  // The sectors of the allocation table: 109 in the header, the rest in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i += 1) fatSectors.push(u32(b, 76 + i * 4));
  for (let d = u32(b, 68), guard = 0; d < sectors && guard < sectors; guard += 1) {
    const at = sectorAt(d);
    for (let i = 0; i < size / 4 - 1; i += 1) fatSectors.push(u32(b, at + i * 4));
    d = u32(b, at + size - 4);
  }
  const next = (n: number): number => {
    const perSector = size / 4;
    const fat = fatSectors[Math.floor(n / perSector)];
    if (fat === undefined || fat >= sectors) return END_OF_CHAIN;
    return u32(b, sectorAt(fat) + (n % perSector) * 4);
  };
  const names: string[] = [];
  for (let s = u32(b, 48), guard = 0; s < sectors && guard < sectors; guard += 1, s = next(s)) {
    for (
      let entry = sectorAt(s);
      entry + 128 <= sectorAt(s) + size && entry + 128 <= b.length;
      entry += 128
    ) {
      const length = u16(b, entry + 64);
      if (b[entry + 66] === 0 || length < 2 || length > 64) continue;
      let name = '';
      for (let i = 0; i < length - 2; i += 2) name += String.fromCharCode(u16(b, entry + i));
      names.push(name);
    }
  }
  return names.length === 0 ? null : names;
}
