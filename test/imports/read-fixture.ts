import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExportImport } from '../../src/imports/import-export';
import type { ImportedRow, ImportOptions, ParsedExport } from '../../src/imports/import-types';

export const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'imports', name)));

/** Streams bytes into an import in chunks of `size` bytes. */
export function importBytes(bytes: Uint8Array, options: ImportOptions, size = 7): ParsedExport {
  const imp = createExportImport(options);
  for (let i = 0; i < bytes.length; i += size) imp.push(bytes.subarray(i, i + size));
  return imp.end();
}

export const importFixture = (name: string, options: ImportOptions, size = 7): ParsedExport =>
  importBytes(fixture(name), options, size);

/** The rows' figures without bookkeeping, for comparing with hand-computed tables. */
export function figures(parsed: ParsedExport): Array<Record<string, unknown>> {
  if (!parsed.ok) throw new Error(`import failed: ${JSON.stringify(parsed.issues)}`);
  return parsed.rows.map((r: ImportedRow) => ({
    channel: r.channel,
    adCampaign: r.adCampaign,
    date: r.date,
    impressions: r.impressions,
    clicks: r.clicks,
    conversions: r.conversions,
    cost: r.cost,
    revenue: r.revenue,
    engagements: r.engagements,
  }));
}

export const row = (
  channel: string,
  date: string | null,
  impressions: number | null,
  clicks: number | null,
  conversions: number | null,
  cost: number | null,
  revenue: number | null = null,
  engagements: number | null = null,
) => ({ channel, adCampaign: null, date, impressions, clicks, conversions, cost, revenue, engagements });

/** A row of one ad campaign (the export's campaign name). */
export const ad = (adCampaign: string, r: ReturnType<typeof row>) => ({ ...r, adCampaign });
