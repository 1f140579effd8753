import { createReadStream } from 'node:fs';
import { createExportImport } from '../../src/imports';
import { collectGarbage, peakRssMb, resetPeak, rssMb } from '../harness/memory';
import { timedAsync } from '../harness/stats';
import { workerMain } from '../harness/worker';

export interface ImportWorkerArgs {
  readonly path: string;
  /** `import`: the imports layer; `floor`: decoding and splitting into cells, nothing else. */
  readonly mode: 'import' | 'floor';
}

const CHUNK = 64 * 1024;

/**
 * The floor: a bare parse of the file — decoded as it streams and cut into records of cells by a
 * quote-aware tab-separated reader (RFC 4180 quoting) — whose cells are counted, nothing else.
 */
async function bareParse(path: string): Promise<number> {
  const decoder = new TextDecoder('utf-16le');
  let cells = 0;
  let cell = '';
  let quoted = false;
  let afterQuote = false;
  const endCell = (): void => {
    cells += 1;
    cell = '';
    afterQuote = false;
  };
  const feed = (text: string): void => {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (quoted) {
        if (ch === 34) {
          cell += text.slice(start, i);
          quoted = false;
          afterQuote = true;
          start = i + 1;
        }
        continue;
      }
      if (ch === 34) {
        cell += text.slice(start, i);
        if (afterQuote) cell += '"';
        quoted = true;
        start = i + 1;
      } else if (ch === 9 || ch === 10) {
        cell += text.slice(start, i);
        endCell();
        start = i + 1;
      } else if (ch === 13) {
        cell += text.slice(start, i);
        start = i + 1;
      }
    }
    cell += text.slice(start);
  };
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK }))
    feed(decoder.decode(chunk as Buffer, { stream: true }));
  feed(decoder.decode());
  if (cell !== '') endCell();
  return cells;
}

async function importFile(path: string): Promise<number> {
  const imp = createExportImport({ campaignId: 'CMP-001', campaignCurrency: 'USD' });
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK })) imp.push(chunk as Buffer);
  const parsed = imp.end();
  if (!parsed.ok) throw new Error(`the export was refused: ${JSON.stringify(parsed.issues[0])}`);
  return parsed.reading.rowsRead;
}

/** One pass over the export, streamed from disk in 64 KB chunks: time and peak memory. */
workerMain<ImportWorkerArgs>(async (args) => {
  collectGarbage();
  const before = rssMb();
  resetPeak();
  const run = await timedAsync(() => (args.mode === 'import' ? importFile(args.path) : bareParse(args.path)));
  return { ms: run.ms, cpuMs: run.cpuMs, count: run.value, rssBeforeMb: before, peakRssMb: peakRssMb() };
});
