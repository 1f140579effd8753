import { renderImportIssue } from '../../src/engine/messages/render-import-issue';
import { importRange } from '../../src/imports/import-range';
import { ad, figures, importBytes, importFixture, row } from './read-fixture';

const usd = { campaignId: 'C1', campaignCurrency: 'USD' };
const eur = { campaignId: 'C1', campaignCurrency: 'EUR' };
const text = (s: string) => new TextEncoder().encode(s);

describe('export quirks', () => {
  it('UTF-8 BOM, semicolons and decimal commas; channel from a Channel column', () => {
    expect(figures(importFixture('generic-semicolon-bom.csv', usd))).toEqual([
      row('Newsletter', '2025-05-18', 1000, 50, 2, 12.5),
      row('Newsletter', '2025-05-19', 1200, 55, 3, 13.75),
    ]);
  });

  it('UTF-16BE with BOM', () => {
    const parsed = importFixture('meta-ads-en.utf16be.csv', usd);
    expect(figures(parsed)).toEqual([ad('Spring Sale', row('Meta Ads', '2025-05-01', 15000, 400, 12, 300))]);
    expect(parsed.ok && parsed.reading.encoding).toBe('utf-16be');
  });

  it('Windows-1252 bytes and an Excel "sep=" line', () => {
    const bytes = new Uint8Array([
      ...text('sep=;\nCampagne;Type de campagne;Impr.;Clics;Co'),
      0xfb,
      ...text('t\nA;Search;10;1;2,5\n'),
    ]);
    const parsed = importBytes(bytes, usd);
    expect(figures(parsed)).toEqual([ad('A', row('Google Ads – Search', null, 10, 1, null, 2.5))]);
    expect(parsed.ok && parsed.reading).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
  });

  it('refuses dates no value can order, and asks for the format', () => {
    const parsed = importFixture('linkedin-ambiguous-dates.csv', eur);
    expect(parsed).toMatchObject({
      ok: false,
      issues: [
        { code: 'ambiguous_dates', column: 'Start Date (in UTC)', examples: ['03/05/2025', '04/05/2025'] },
      ],
    });
    if (!parsed.ok && parsed.issues[0] !== undefined) {
      expect(renderImportIssue(parsed.issues[0])).toBe(
        'the Start Date (in UTC) column can be read day-first or month-first ("03/05/2025" and "04/05/2025"); say which with --date-format DMY or --date-format MDY',
      );
    }
    const dmy = figures(importFixture('linkedin-ambiguous-dates.csv', { ...eur, dateFormat: 'DMY' }));
    expect(dmy.map((r) => r['date'])).toEqual(['2025-05-03', '2025-05-04']);
    const mdy = figures(importFixture('linkedin-ambiguous-dates.csv', { ...eur, dateFormat: 'MDY' }));
    expect(mdy.map((r) => r['date'])).toEqual(['2025-03-05', '2025-04-05']);
  });

  it('refuses an export in another currency than the campaign’s; nothing is imported', () => {
    const parsed = importFixture('meta-ads-es.csv', usd);
    expect(parsed).toMatchObject({ ok: false, issues: [{ code: 'currency_mismatch' }] });
    if (!parsed.ok && parsed.issues[0] !== undefined) {
      expect(renderImportIssue(parsed.issues[0])).toBe(
        'the export is in EUR but campaign "C1" is in USD; nothing was imported (convert the export, or import it into a campaign in EUR)',
      );
    }
    expect(importFixture('tiktok-ads.csv', { ...usd, currency: 'EUR' })).toMatchObject({
      ok: false,
      issues: [{ code: 'currency_conflict', declared: 'EUR', found: 'USD' }],
    });
  });

  it('keeps hostile cells as inert text', () => {
    const parsed = importFixture('hostile-cells.csv', usd);
    // Formula-like campaign names and types are kept as text (every host writes text as text).
    expect(figures(parsed)).toEqual([
      ad(
        '=HYPERLINK("http://evil.example","Click me")',
        row('Google Ads – @SUM(1+1)', '2025-05-18', 100, 10, null, 5, 0),
      ),
      ad("+cmd|' /C calc'!A0", row('Google Ads – Search', '2025-05-18', 200, 20, null, 10, 0)),
      ad('-2+3', row('Google Ads – Search', '2025-05-18', 300, 30, null, 15, 0)),
    ]);
    const named = importFixture('hostile-cells.csv', { ...usd, channel: '=1+1' });
    expect(figures(named).map((r) => r['channel'])).toEqual(['=1+1', '=1+1', '=1+1']);
    const bad = importBytes(text('Campaign,Impr.,Clicks,Cost,Conv. value\nA,10,1,=1+2,0\n'), usd);
    expect(bad).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_number', line: 2, columnIndex: 3, column: 'Cost', value: '=1+2' }],
    });
    if (!bad.ok && bad.issues[0] !== undefined) {
      expect(renderImportIssue(bad.issues[0])).toBe('line 2, Cost "=1+2" is not a number');
    }
  });

  it('keeps campaigns whose names look like totals when the row says otherwise', () => {
    const parsed = importBytes(
      text(
        'Campaign,Campaign type,Impr.,Clicks,Cost,Conv. value\n' +
          'Total Reach,Display,100,1,1.00,0\n' +
          'Search total,Search,200,2,2.00,0\n' +
          'Total: Account,--,300,3,3.00,0\n',
      ),
      usd,
    );
    expect(figures(parsed)).toEqual([
      ad('Total Reach', row('Google Ads – Display', null, 100, 1, null, 1, 0)),
      ad('Search total', row('Google Ads – Search', null, 200, 2, null, 2, 0)),
    ]);
    expect(parsed.ok && parsed.reading.dropped.totals).toBe(1);
  });

  it('leaves a figure the export does not have blank, and says so', () => {
    const parsed = importBytes(
      text('Campaign,Day,Impr.,Clicks,Cost,Conv. value\nA,2025-05-18,10,--,1.5,0\n'),
      usd,
    );
    expect(figures(parsed)).toEqual([ad('A', row('Google Ads', '2025-05-18', 10, null, null, 1.5, 0))]);
    expect(parsed.ok && parsed.reading.notes).toEqual(
      expect.arrayContaining([
        { code: 'missing_values', metric: 'clicks', count: 1 },
        { code: 'absent_column', metric: 'conversions' },
        { code: 'blank_required', metric: 'clicks', rows: 1 },
      ]),
    );
  });

  it('refuses an export mixing decimal points and commas', () => {
    const parsed = importBytes(
      text('Campaign,Impr.,Clicks,Cost,Conv. value\nA,10,1,"1,5",0\nB,10,1,2.25,0\n'),
      usd,
    );
    expect(parsed).toMatchObject({
      ok: false,
      issues: [
        {
          code: 'mixed_number_formats',
          decimalPoint: { line: 3, value: '2.25' },
          decimalComma: { line: 2, value: '1,5' },
        },
      ],
    });
  });

  it('reports negatives, bad dates and a quote never closed, with lines', () => {
    const parsed = importBytes(
      text(
        'Day,Campaign,Impr.,Clicks,Cost,Conv. value\n2025-02-30,A,10,1,1,0\n2025-03-01,B,-5,1,1,0\n2025-03-02,"C,10,1,1,0\n',
      ),
      usd,
    );
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.code)).toEqual([
      'invalid_date',
      'negative_number',
      'unterminated_quote',
    ]);
  });

  it('refuses rows a quote swallowed: a quoted cell running over lines with the delimiter in it', () => {
    // The quote opened on line 3 closes on line 5: lines 3–5 would be read as one row.
    const parsed = importBytes(
      text(
        'Day,Campaign,Impr.,Clicks,Cost,Conv. value\n' +
          '2025-03-01,A,10,1,1.00,0\n' +
          '2025-03-02,"B,20,2,2.00,0\n' +
          '2025-03-03,C,30,3,3.00,0\n' +
          '2025-03-04,D",40,4,4.00,0\n' +
          '2025-03-05,E,50,5,5.00,0\n',
      ),
      usd,
    );
    expect(parsed).toMatchObject({ ok: false, issues: [{ code: 'swallowed_rows', line: 3, lastLine: 5 }] });
    if (!parsed.ok && parsed.issues[0] !== undefined) {
      expect(renderImportIssue(parsed.issues[0])).toBe(
        'line 3: a quoted value runs on to line 5 and holds several cells, so the rows between were read as one; close the quote on its own line (or remove it) and export again',
      );
    }
  });

  it('reads a quoted name over two lines as one cell, and says so', () => {
    const parsed = importBytes(
      text(
        'Day,Campaign,Impr.,Clicks,Cost,Conv. value\n2025-03-01,"Spring\nSale",10,1,1.00,0\n2025-03-02,A,20,2,2.00,0\n',
      ),
      usd,
    );
    expect(figures(parsed).map((r) => r['adCampaign'])).toEqual(['Spring\nSale', 'A']);
    expect(parsed.ok && parsed.reading.notes).toContainEqual({
      code: 'multiline_cells',
      count: 1,
      lines: [2],
    });
  });

  it.each([
    ['1899-12-31', 'Day "1899-12-31"'],
    ['1900-01-01', 'Day "1900-01-01"'],
    ['12/31/1899', 'Day "12/31/1899"'],
  ])('refuses %s: before 1900-03-01 a date lands a day off in Excel', (day, named) => {
    const parsed = importBytes(
      text(`Day,Campaign,Impr.,Clicks,Cost,Conv. value\n${day},A,10,1,1.00,0\n`),
      usd,
    );
    expect(parsed).toMatchObject({ ok: false, issues: [{ code: 'date_before_1900', line: 2 }] });
    if (!parsed.ok && parsed.issues[0] !== undefined) {
      expect(renderImportIssue(parsed.issues[0])).toBe(
        `line 2, ${named} is before 1900-03-01, which Excel cannot hold exactly (it would land a day off); check the date`,
      );
    }
  });

  it('refuses a figure beyond 15 significant digits rather than change it silently', () => {
    const parsed = importBytes(
      text(
        'Day,Campaign,Impr.,Clicks,Cost,Conv. value\n2025-03-01,A,12345678901234567890,1,1.00,0\n2025-03-02,A,1000000000000000000,1,1.00,0\n',
      ),
      usd,
    );
    // 1,000,000,000,000,000,000 has one significant digit: Excel holds it exactly.
    expect(parsed).toMatchObject({
      ok: false,
      issues: [{ code: 'too_many_digits', line: 2, column: 'Impr.', value: '12345678901234567890' }],
    });
    expect(parsed.ok ? [] : parsed.issues).toHaveLength(1);
  });

  it('says what it saw when there is no header or no known platform', () => {
    expect(importBytes(text('hello,world\n1,2\n'), usd)).toMatchObject({
      ok: false,
      issues: [{ code: 'no_header', firstRow: ['hello', 'world'] }],
    });
    const unknown = importBytes(text('Campaign,Impressions,Clicks,Cost\nA,10,1,2\n'), usd);
    expect(unknown).toMatchObject({
      ok: false,
      issues: [{ code: 'unknown_platform', headersSeen: ['Campaign', 'Impressions', 'Clicks', 'Cost'] }],
    });
    expect(
      figures(
        importBytes(text('Campaign,Impressions,Clicks,Cost\nA,10,1,2\n'), { ...usd, channel: 'Podcast' }),
      ),
    ).toEqual([ad('A', row('Podcast', null, 10, 1, null, 2))]);
    expect(importBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), usd)).toMatchObject({
      ok: false,
      issues: [{ code: 'binary_file', kind: 'xlsx' }],
    });
  });
});

describe('pasted ranges', () => {
  it('reads cells as the sheet holds them: numbers, serial dates, hostile text', () => {
    const parsed = importRange(
      [
        ['Campaign report', null, null, null, null, null, null],
        ['Day', 'Campaign', 'Campaign type', 'Impr.', 'Clicks', 'Cost', 'Conv. value'],
        // 45795 is 2025-05-18 (45658 is 2025-01-01; + 31 + 28 + 31 + 30 + 17).
        [45795, '=HYPERLINK("http://x","y")', 'Search', 1204, 96, 212.4, 0],
        ['2025-05-18', 'Generic', 'Search', '3,010', 141, '398.15', '--'],
        ['Total: Account', null, null, 4214, 237, 610.55, 0],
        [null, null, null, null, null, null, null],
      ],
      usd,
    );
    // A formula Excel computed is a value like any other; as a campaign name it stays its text.
    expect(figures(parsed)).toEqual([
      ad('=HYPERLINK("http://x","y")', row('Google Ads – Search', '2025-05-18', 1204, 96, null, 212.4, 0)),
      ad('Generic', row('Google Ads – Search', '2025-05-18', 3010, 141, null, 398.15, null)),
    ]);
    expect(parsed.ok && parsed.reading).toMatchObject({ headerLine: 2, dropped: { totals: 1, empty: 1 } });
  });

  it('locates problems by row of the range', () => {
    const parsed = importRange(
      [
        ['Campaign', 'Impr.', 'Clicks', 'Cost', 'Conv. value'],
        ['A', 10, { error: '#N/A' }, 1, 0],
      ],
      usd,
    );
    expect(parsed).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_number', line: 2, columnIndex: 2, value: '#N/A' }],
    });
    if (!parsed.ok && parsed.issues[0] !== undefined) {
      expect(
        renderImportIssue(
          parsed.issues[0],
          (line, col) => `Sheet1!${String.fromCharCode(65 + (col ?? 0))}${line + 4}`,
        ),
      ).toBe('Sheet1!C6, Clicks "#N/A" is not a number');
    }
  });
});
