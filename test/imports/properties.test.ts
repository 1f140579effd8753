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
  campaign: string;
  day: number;
  impressions: number | null;
  clicks: number | null;
  costCents: number | null;
  convHundredths: number | null;
  valueCents: number | null;
}

/** A figure, or (one time in five) `--`: not reported. */
const figure = (max: number) => fc.option(fc.nat({ max }), { nil: null, freq: 4 });

const sourceRow = fc.record({
  type: fc.constantFrom('Search', 'Display', 'Performance Max'),
  campaign: fc.constantFrom('Brand', 'Generic', 'Remarketing'),
  day: fc.integer({ min: 1, max: 4 }),
  impressions: figure(3_000_000),
  clicks: figure(90_000),
  costCents: figure(50_000_000),
  convHundredths: figure(200_000),
  valueCents: figure(90_000_000),
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
const money = (c: number | null, s: ExportShape) =>
  c === null ? ' --' : formatNumber(Math.floor(c / 100), c % 100, s.comma, s.grouped);
const count = (n: number | null, s: ExportShape) =>
  n === null ? ' --' : formatNumber(n, null, s.comma, s.grouped);

function exportBytes(s: ExportShape): Uint8Array {
  const d = s.comma ? ';' : '\t';
  const q = (v: string) => (v.includes(d) ? `"${v}"` : v);
  const lines = s.rows.map((r) =>
    [
      `2025-05-0${r.day}`,
      r.campaign,
      r.type,
      count(r.impressions, s),
      count(r.clicks, s),
      money(r.costCents, s),
    ]
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

type Metric = (typeof IMPORT_METRICS)[number];
/** Each metric's figure in a source row, in the imported unit. */
const SOURCE: ReadonlyArray<[Metric, (r: SourceRow) => number | null, number]> = [
  ['impressions', (r) => r.impressions, 1],
  ['clicks', (r) => r.clicks, 1],
  ['cost', (r) => r.costCents, 100],
  ['conversions', (r) => r.convHundredths, 100],
  ['revenue', (r) => r.valueCents, 100],
];
/** A row whose every figure is `--` has nothing to import: it is dropped as empty. */
const hasFigures = (r: SourceRow) => SOURCE.some(([, f]) => f(r) !== null);

describe('import properties', () => {
  it('imported totals equal the sum of the non-total rows: their reported figures', () => {
    fc.assert(
      fc.property(exportShape, (s) => {
        const rows = rowsOf(importBytes(exportBytes(s), options, 4096));
        for (const [m, f, scale] of SOURCE) {
          const imported = sumExact(rows.map((r) => r[m] ?? 0)).toString();
          const reported = s.rows.flatMap((r) => (f(r) === null ? [] : [f(r) ?? 0]));
          expect(imported).toBe(sumExact(reported).div(scale).toString());
        }
        expect(rows.reduce((n, r) => n + r.sourceRows, 0)).toBe(s.rows.filter(hasFigures).length);
      }),
    );
  });

  it('one row per channel, ad campaign and day; a figure no row of it reported stays blank, never 0', () => {
    fc.assert(
      fc.property(exportShape, (s) => {
        const rows = rowsOf(importBytes(exportBytes(s), options, 4096));
        const keyOf = (channel: string, campaign: string | null, date: string | null) =>
          `${channel}|${campaign ?? ''}|${date ?? ''}`;
        const groups = new Map<string, SourceRow[]>();
        for (const r of s.rows.filter(hasFigures)) {
          const k = keyOf(`Google Ads – ${r.type}`, r.campaign, `2025-05-0${r.day}`);
          groups.set(k, [...(groups.get(k) ?? []), r]);
        }
        expect(rows.map((r) => keyOf(r.channel, r.adCampaign, r.date)).sort()).toEqual(
          [...groups.keys()].sort(),
        );
        for (const r of rows) {
          const sources = groups.get(keyOf(r.channel, r.adCampaign, r.date)) ?? [];
          for (const [m, f, scale] of SOURCE) {
            const reported = sources.flatMap((x) => (f(x) === null ? [] : [f(x) ?? 0]));
            if (reported.length === 0) expect(r[m]).toBeNull();
            else expect(r[m]).toBe(sumExact(reported).div(scale).toNumber());
          }
        }
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

  it('importing per ad campaign over an earlier import summed per channel and day counts nothing twice', () => {
    fc.assert(
      fc.property(exportShape, fc.constantFrom<ImportMode>('replace', 'skip'), (s, mode) => {
        const parsed = importBytes(exportBytes(s), options, 4096);
        if (!parsed.ok) throw new Error('import failed');
        // What an earlier version wrote: the same export summed per channel and day, no Ad Campaign.
        const byDay = new Map<string, ImportedRow>();
        for (const r of parsed.rows) {
          const k = `${r.channel}|${r.date ?? ''}`;
          const before = byDay.get(k);
          const add = (a: number | null, b: number | null) =>
            a === null ? b : b === null ? a : sumExact([a, b]).toNumber();
          byDay.set(k, {
            ...r,
            adCampaign: null,
            impressions: add(before?.impressions ?? null, r.impressions),
            clicks: add(before?.clicks ?? null, r.clicks),
            conversions: add(before?.conversions ?? null, r.conversions),
            cost: add(before?.cost ?? null, r.cost),
            revenue: add(before?.revenue ?? null, r.revenue),
            engagements: add(before?.engagements ?? null, r.engagements),
          });
        }
        const header = ['Campaign ID', 'Channel', 'Date', 'Impressions', 'Clicks', 'Conversions', 'Cost'];
        const sheet = new MemorySheet(header);
        const table = () => readChannelMetricsTable(sheet.raw());
        const old = planImport([...byDay.values()], parsed.reading, parsed.currency, table(), 'replace');
        sheet.apply(old.plan);
        sheet.apply(planImport(parsed.rows, parsed.reading, parsed.currency, table(), mode).plan);
        const [head = [], ...rows] = sheet.grid();
        const column = (name: string) => rows.map((r) => r[head.indexOf(name)] ?? null);
        const total = (name: string) =>
          sumExact(column(name).flatMap((v) => (typeof v === 'number' ? [v] : []))).toString();
        for (const [m, name] of [
          ['cost', 'Cost'],
          ['impressions', 'Impressions'],
          ['clicks', 'Clicks'],
        ] as const) {
          expect(total(name)).toBe(sumExact(parsed.rows.map((r) => r[m] ?? 0)).toString());
        }
        if (mode === 'replace') {
          // Every row written names its ad campaign: the summed rows were taken over or cleared.
          const named = column('Ad Campaign').filter((v) => v !== null).length;
          expect(named).toBe(parsed.rows.length);
        }
      }),
    );
  });
});
