import fc from 'fast-check';
import { sumExact } from '../../src/engine/money/sum';
import type { IMPORT_METRICS } from '../../src/engine/issues/import-summary';
import { createExportImport } from '../../src/imports/import-export';
import { readChannelMetricsTable } from '../../src/imports/merge/channel-metrics-table';
import { planImport, type ImportMode } from '../../src/imports/merge/plan-import';
import type { ImportedRow, ParsedExport } from '../../src/imports/import-types';
import { importBytes } from './read-fixture';
import { MemorySheet } from './memory-sheet';

interface SourceRow {
  type: string;
  day: number;
  impressions: number;
  clicks: number;
  costCents: number;
  convHundredths: number;
  valueCents: number;
}

const sourceRow = fc.record({
  type: fc.constantFrom('Search', 'Display', 'Performance Max'),
  day: fc.integer({ min: 1, max: 4 }),
  impressions: fc.nat({ max: 3_000_000 }),
  clicks: fc.nat({ max: 90_000 }),
  costCents: fc.nat({ max: 50_000_000 }),
  convHundredths: fc.nat({ max: 200_000 }),
  valueCents: fc.nat({ max: 90_000_000 }),
});

const TOTAL_LABELS = [
  'Total: Account',
  'Total: Search',
  'Search total',
  'Total of 12 results',
  'Grand total',
];
const total = fc.record({
  label: fc.constantFrom(...TOTAL_LABELS),
  at: fc.nat(),
  figure: fc.nat({ max: 99_999 }),
});

const exportShape = fc.record({
  rows: fc.array(sourceRow, { minLength: 1, maxLength: 30 }),
  totals: fc.array(total, { maxLength: 4 }),
  comma: fc.boolean(),
  grouped: fc.boolean(),
  utf16: fc.boolean(),
});
type ExportShape = typeof exportShape extends fc.Arbitrary<infer T> ? T : never;

function formatNumber(whole: number, cents: number | null, comma: boolean, grouped: boolean): string {
  const digits = String(whole);
  const group = grouped ? (comma ? '.' : ',') : '';
  const withGroups = digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return cents === null ? withGroups : `${withGroups}${comma ? ',' : '.'}${String(cents).padStart(2, '0')}`;
}
const money = (c: number, s: ExportShape) => formatNumber(Math.floor(c / 100), c % 100, s.comma, s.grouped);
const count = (n: number, s: ExportShape) => formatNumber(n, null, s.comma, s.grouped);

function exportBytes(s: ExportShape): Uint8Array {
  const d = s.comma ? ';' : '\t';
  const q = (v: string) => (v.includes(d) ? `"${v}"` : v);
  const lines = s.rows.map((r) =>
    [`2025-05-0${r.day}`, 'Camp', r.type, count(r.impressions, s), count(r.clicks, s), money(r.costCents, s)]
      .concat([money(r.convHundredths, s), money(r.valueCents, s)])
      .map(q)
      .join(d),
  );
  for (const t of s.totals) {
    const figure = count(t.figure, s);
    const cells = [
      t.label,
      '--',
      '--',
      figure,
      figure,
      money(t.figure, s),
      money(t.figure, s),
      money(t.figure, s),
    ];
    lines.splice(t.at % (lines.length + 1), 0, cells.map(q).join(d));
  }
  const header = [
    'Day',
    'Campaign',
    'Campaign type',
    'Impr.',
    'Clicks',
    'Cost',
    'Conversions',
    'Conv. value',
  ];
  const text =
    ['Campaign report', 'May 1, 2025 - May 4, 2025', header.join(d), ...lines].join('\r\n') + '\r\n';
  if (!s.utf16) return new TextEncoder().encode(text);
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

const options = { campaignId: 'C1', campaignCurrency: 'USD' };
const rowsOf = (p: ParsedExport): readonly ImportedRow[] => {
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return p.rows;
};

describe('import properties', () => {
  it('imported totals equal the sum of the non-total rows', () => {
    fc.assert(
      fc.property(exportShape, (s) => {
        const rows = rowsOf(importBytes(exportBytes(s), options, 4096));
        const imported = (m: (typeof IMPORT_METRICS)[number]) =>
          sumExact(rows.map((r) => r[m] ?? 0)).toString();
        const expected = (f: (r: SourceRow) => number, scale: number) =>
          sumExact(s.rows.map(f)).div(scale).toString();
        expect(imported('impressions')).toBe(expected((r) => r.impressions, 1));
        expect(imported('clicks')).toBe(expected((r) => r.clicks, 1));
        expect(imported('cost')).toBe(expected((r) => r.costCents, 100));
        expect(imported('conversions')).toBe(expected((r) => r.convHundredths, 100));
        expect(imported('revenue')).toBe(expected((r) => r.valueCents, 100));
        expect(rows.reduce((n, r) => n + r.sourceRows, 0)).toBe(s.rows.length);
      }),
    );
  });

  it('gives the same rows wherever the bytes are cut', () => {
    fc.assert(
      fc.property(exportShape, fc.array(fc.nat(), { maxLength: 12 }), (s, cuts) => {
        const bytes = exportBytes(s);
        const whole = importBytes(bytes, options, bytes.length);
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const imp = createExportImport(options);
        let at = 0;
        for (const p of [...points, bytes.length]) {
          imp.push(bytes.subarray(at, p));
          at = p;
        }
        expect(imp.end()).toEqual(whole);
      }),
    );
  });

  it.each<[ImportMode]>([['replace'], ['skip']])('importing twice is importing once (%s)', (mode) => {
    fc.assert(
      fc.property(exportShape, (s) => {
        const header = [
          'Campaign ID',
          'Channel',
          'Date',
          'Impressions',
          'Clicks',
          'Conversions',
          'Cost',
          'Notes',
        ];
        const sheet = new MemorySheet(header, [
          ['C2', 'Google Ads – Search', 45795, 1, 1, 1, 1, 'other campaign'],
        ]);
        const parsed = importBytes(exportBytes(s), options, 4096);
        if (!parsed.ok) throw new Error('import failed');
        const first = planImport(
          parsed.rows,
          parsed.reading,
          parsed.currency,
          readChannelMetricsTable(sheet.raw()),
          mode,
        );
        sheet.apply(first.plan);
        const once = sheet.grid();
        const second = planImport(
          parsed.rows,
          parsed.reading,
          parsed.currency,
          readChannelMetricsTable(sheet.raw()),
          mode,
        );
        sheet.apply(second.plan);
        expect(sheet.grid()).toEqual(once);
        expect(second.summary).toMatchObject({
          added: 0,
          replaced: mode === 'replace' ? parsed.rows.length : 0,
          skipped: mode === 'skip' ? parsed.rows.length : 0,
        });
        if (mode === 'skip') expect(second.plan.ops).toEqual([]);
      }),
    );
  });
});
