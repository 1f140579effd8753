// Measures the peak memory of importing a 200,000-row export, streamed from disk in 64 KB chunks.
// Usage: npm run build:cli && node --expose-gc scripts/import-memory.mjs dist [rows]
// Not a test: it prints figures for docs/imports.md.
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const dist = resolve(process.argv[2] ?? 'dist');
const rows = Number(process.argv[3] ?? 200_000);
const require = createRequire(import.meta.url);
const { createExportImport } = require(join(dist, 'imports', 'import-export.js'));

const file = join(tmpdir(), `co-import-${rows}.tsv`);
const TYPES = ['Search', 'Display', 'Performance Max'];
async function writeExport() {
  const out = createWriteStream(file);
  const write = async (text) => {
    const b = Buffer.from(text, 'utf16le');
    if (!out.write(b)) await once(out, 'drain');
  };
  out.write(Buffer.from([0xff, 0xfe]));
  await write('Campaign report\r\n"January 1, 2025 - December 31, 2025"\r\n');
  await write(
    'Day\tCampaign\tCampaign type\tCurrency code\tImpr.\tInteractions\tClicks\tCost\tConversions\tConv. value\r\n',
  );
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2025, 0, 1 + (i % 365))).toISOString().slice(0, 10);
    const c = Math.floor(i / 365);
    await write(
      `${day}\tCampaign ${c}\t${TYPES[c % 3]}\tUSD\t${(1000 + (i % 977)).toLocaleString('en-US')}\t${i % 90}\t${i % 80}\t${(i % 5000) / 100 + 1}\t${(i % 7) / 4}\t${(i % 3000) / 10}\r\n`,
    );
  }
  await write('Total: Account\t--\t--\tUSD\t1\t1\t1\t1\t1\t1\r\n');
  out.end();
  await once(out, 'finish');
}

await writeExport();
global.gc?.();
const before = process.memoryUsage().rss;
let peak = before;
const imp = createExportImport({ campaignId: 'C1', campaignCurrency: 'USD' });
const started = process.hrtime.bigint();
for await (const chunk of createReadStream(file, { highWaterMark: 64 * 1024 })) {
  imp.push(chunk);
  peak = Math.max(peak, process.memoryUsage().rss);
}
const result = imp.end();
peak = Math.max(peak, process.memoryUsage().rss);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
console.log(
  JSON.stringify(
    {
      rows,
      fileSize: mb((await import('node:fs')).statSync(file).size),
      ok: result.ok,
      importedRows: result.ok ? result.rows.length : result.issues,
      rssBefore: mb(before),
      rssPeak: mb(peak),
      growth: mb(peak - before),
      seconds: seconds.toFixed(1),
    },
    null,
    2,
  ),
);
