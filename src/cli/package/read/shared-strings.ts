import type { ZipArchive } from '../zip/zip-archive';
import { itemText, rowTags } from './row-cells';
import { utf8Chunks } from './utf8-chunks';

/**
 * The shared strings of the given indexes, read from the shared strings part as it streams: the
 * strings no requested cell uses are skipped without being decoded, and reading stops after the
 * highest index wanted. A workbook whose other sheets hold a million strings costs their scanning,
 * not their memory.
 *
 * @example const strings = await readSharedStrings(zip, 'xl/sharedStrings.xml', new Set([0, 4])); strings.get(4)
 */
export async function readSharedStrings(
  zip: ZipArchive,
  part: string,
  wanted: ReadonlySet<number>,
): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  if (wanted.size === 0) return found;
  let last = 0;
  for (const i of wanted) last = Math.max(last, i); // not Math.max(...wanted): a huge set overflows the stack
  const decoder = utf8Chunks();
  let buffer = '';
  let prefix: string | null = null;
  let tags = rowTags('');
  let open = '<si';
  let close = '</si>';
  let index = 0;
  for await (const chunk of zip.chunks(part)) {
    buffer += decoder.push(chunk);
    if (prefix === null) {
      const root = /<(?:(\w+):)?sst[\s>]/.exec(buffer);
      if (root === null) continue;
      prefix = root[1] ?? '';
      tags = rowTags(prefix);
      open = `<${tags.prefix}si`;
      close = `</${tags.prefix}si>`;
    }
    let at = 0;
    for (;;) {
      const start = buffer.indexOf(open, at);
      if (start < 0) {
        at = Math.max(at, buffer.length - open.length);
        break;
      }
      const next = buffer.charCodeAt(start + open.length);
      if (Number.isNaN(next)) {
        at = start;
        break;
      }
      if (next !== 0x3e && next !== 0x20 && next !== 0x2f) {
        at = start + 1;
        continue;
      }
      const gt = buffer.indexOf('>', start);
      if (gt < 0) {
        at = start;
        break;
      }
      let end: number;
      if (buffer.charCodeAt(gt - 1) === 0x2f) {
        end = gt + 1;
        if (wanted.has(index)) found.set(index, '');
      } else {
        const closeAt = buffer.indexOf(close, gt);
        if (closeAt < 0) {
          at = start;
          break;
        }
        end = closeAt + close.length;
        if (wanted.has(index)) found.set(index, itemText(buffer.slice(gt + 1, closeAt), tags));
      }
      index++;
      at = end;
      if (index > last) return found;
    }
    buffer = buffer.slice(at);
  }
  return found;
}
