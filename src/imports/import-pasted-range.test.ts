import type { RawCell } from '../workbook/host';
import { importPastedRange } from './import-pasted-range';

const eur = { campaignId: 'C1', campaignCurrency: 'EUR' };
const usd = { campaignId: 'C1', campaignCurrency: 'USD' };
const META_DE = ['Kampagnenname', 'Tag', 'Ausgegebener Betrag (EUR)', 'Impressionen', 'Link-Klicks'];
const LINKEDIN = ['Start Date (in UTC)', 'Campaign Name', 'Total Spent', 'Impressions', 'Clicks'];
// Serials: 45778 is 2025-05-01, 45721 is 2025-03-05 (what an English Excel makes of "03/05/2025").

describe('importPastedRange', () => {
  it('takes a range Excel read whole', () => {
    const cells: RawCell[][] = [META_DE, ['Frühling', 45778, 1300.5, 15000, 400]];
    expect(importPastedRange(cells, eur)).toMatchObject({
      ok: true,
      rows: [{ date: '2025-05-01', cost: 1300.5, impressions: 15000, clicks: 400 }],
    });
  });

  it('takes a range pasted into Text cells, reading it as a file would', () => {
    const cells: RawCell[][] = [META_DE, ['Frühling', '2025-05-01', '1.300,50', '15.000', '400']];
    expect(importPastedRange(cells, eur)).toMatchObject({
      ok: true,
      rows: [{ date: '2025-05-01', cost: 1300.5, impressions: 15000, clicks: 400 }],
    });
  });

  it('refuses figures Excel read beside figures it could not read, and names one of each', () => {
    // An English Excel made 15 of "15.000" and left "1.300,50" as text.
    const cells: RawCell[][] = [META_DE, ['Frühling', 45778, '1.300,50', 15, 400]];
    expect(importPastedRange(cells, eur)).toMatchObject({
      ok: false,
      issues: [
        {
          code: 'pasted_number_format',
          read: { line: 2, columnIndex: 3, column: 'Impressionen', value: '15' },
          unread: { line: 2, columnIndex: 2, column: 'Ausgegebener Betrag (EUR)', value: '1.300,50' },
        },
      ],
    });
  });

  it('leaves out the problems that follow from the misreading, and keeps the others', () => {
    // 1.204 impressions (Excel's reading of "1.204") is no whole number: a consequence, not listed.
    const cells: RawCell[][] = [META_DE, ['Frühling', 45778, '1.300,50', 1.204, 400]];
    const parsed = importPastedRange(cells, usd);
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.code)).toEqual([
      'pasted_number_format',
      'currency_mismatch',
    ]);
  });

  it.each<[string, RawCell]>([
    ['Google’s "--"', '--'],
    ['a dash', '-'],
    ['an empty cell', null],
  ])('does not count %s as a figure Excel could not read', (_, missing) => {
    const cells: RawCell[][] = [META_DE, ['Frühling', 45778, 1300.5, 15000, missing]];
    expect(importPastedRange(cells, eur).ok).toBe(true);
  });

  it('refuses dates Excel read beside slash dates it could not read', () => {
    const cells: RawCell[][] = [
      LINKEDIN,
      [45721, 'Leads', 120.5, 5000, 40],
      ['25/05/2025', 'Leads', 101.01, 4800, 38],
    ];
    expect(importPastedRange(cells, eur)).toMatchObject({
      ok: false,
      issues: [
        {
          code: 'pasted_date_order',
          read: { line: 2, columnIndex: 0, value: '2025-03-05' },
          unread: { line: 3, columnIndex: 0, value: '25/05/2025' },
        },
      ],
    });
  });

  it('takes dates Excel read whole, in its own order (it cannot be told from the cells)', () => {
    const cells: RawCell[][] = [LINKEDIN, [45721, 'Leads', 120.5, 5000, 40]];
    expect(importPastedRange(cells, eur)).toMatchObject({ ok: true, rows: [{ date: '2025-03-05' }] });
  });

  it('asks for the date order of slash dates left as text, as for a file', () => {
    const cells: RawCell[][] = [LINKEDIN, ['03/05/2025', 'Leads', '120.50', '5000', '40']];
    expect(importPastedRange(cells, eur)).toMatchObject({
      ok: false,
      issues: [{ code: 'ambiguous_dates', examples: ['03/05/2025'] }],
    });
  });

  it('stops looking at a # comment after the data (GA4 appends other tables)', () => {
    const cells: RawCell[][] = [
      ['Session default channel group', 'Date', 'Sessions', 'Ads clicks', 'Ads cost', 'Ads impressions'],
      ['Paid Search', 20250518, 130, 120, 180.25, 2500],
      ['# Sessions by date', null, null, null, null, null],
      ['Date', 'Sessions', null, 'text', '1,5', null],
    ];
    expect(importPastedRange(cells, usd)).toMatchObject({ ok: true, rows: [{ date: '2025-05-18' }] });
  });
});
