import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { seeded } from './random';

const TYPES = ['Search', 'Display', 'Performance Max'];

/**
 * Writes a Google Ads "Campaign report" as Google Ads exports it — UTF-16LE with a byte-order mark,
 * tab-separated, two title lines, thousands separators in the counts, a totals line at the end —
 * with `rows` daily campaign rows (seeded, so the same file every time).
 *
 * @example await writeGoogleAdsExport('/tmp/export.tsv', 200_000);
 */
export async function writeGoogleAdsExport(path: string, rows: number): Promise<void> {
  const random = seeded(42);
  const out = createWriteStream(path);
  const write = async (text: string): Promise<void> => {
    if (!out.write(Buffer.from(text, 'utf16le'))) await once(out, 'drain');
  };
  out.write(Buffer.from([0xff, 0xfe]));
  await write('Campaign report\r\n"January 1, 2025 - December 31, 2025"\r\n');
  await write(
    'Day\tCampaign\tCampaign type\tCurrency code\tImpr.\tInteractions\tClicks\tCost\tConversions\tConv. value\r\n',
  );
  let lines: string[] = [];
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2025, 0, 1 + (i % 365))).toISOString().slice(0, 10);
    const campaign = Math.floor(i / 365);
    const impressions = random.int(100, 90_000);
    const clicks = random.int(0, Math.floor(impressions / 20));
    lines.push(
      [
        day,
        `Campaign ${campaign}`,
        TYPES[campaign % TYPES.length],
        'USD',
        impressions.toLocaleString('en-US'),
        random.int(clicks, clicks * 2),
        clicks,
        (random.int(0, 500_000) / 100).toFixed(2),
        (random.int(0, 40) / 4).toString(),
        (random.int(0, 2_000_000) / 100).toFixed(2),
      ].join('\t'),
    );
    if (lines.length === 1_000) {
      await write(`${lines.join('\r\n')}\r\n`);
      lines = [];
    }
  }
  if (lines.length > 0) await write(`${lines.join('\r\n')}\r\n`);
  await write('Total: Account\t--\t--\tUSD\t1\t1\t1\t1\t1\t1\r\n');
  out.end();
  await once(out, 'finish');
}
