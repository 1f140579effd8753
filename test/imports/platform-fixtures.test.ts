import { figures, importFixture, row } from './read-fixture';

const usd = { campaignId: 'C1', campaignCurrency: 'USD' };
const eur = { campaignId: 'C1', campaignCurrency: 'EUR' };
const brl = { campaignId: 'C1', campaignCurrency: 'BRL' };

describe('platform exports (fixtures written for these tests)', () => {
  it('Google Ads: UTF-16LE TSV, title and date-range lines, Total rows, "--" cells', () => {
    const parsed = importFixture('google-ads-en.utf16le.tsv', usd);
    // Search 05-18 = Brand + Generic: 1,204 + 3,010 impressions; 212.40 + 398.15 cost; 880 + 1,210.50 value.
    // 05-19 Generic is paused with "--" impressions and clicks: they stay out (missing, not zero).
    expect(figures(parsed)).toEqual([
      row('Google Ads – Search', '2025-05-18', 4214, 237, 9.5, 610.55, 2090.5, 237),
      row('Google Ads – Performance Max', '2025-05-18', 12480, 188, 7.25, 301, 1460, 220),
      row('Google Ads – Search', '2025-05-19', 1150, 90, 3, 199.8, 660, 90),
      row('Google Ads – Performance Max', '2025-05-19', 11902, 170, 6, 289.35, 1150.25, 205),
    ]);
    expect(parsed.ok && parsed.reading).toMatchObject({
      platform: 'google_ads',
      encoding: 'utf-16le',
      delimiter: '\t',
      headerLine: 3,
      rowsRead: 9,
      dropped: { totals: 3, empty: 0 },
    });
    expect(parsed.ok && parsed.reading.notes).toContainEqual({
      code: 'missing_values',
      metric: 'impressions',
      count: 1,
    });
  });

  it.each([
    // Marca + Genérica: 1.204 + 3.010 impressions, 212,40 + 1.398,15 cost, 4,00 + 5,50 conversions.
    ['google-ads-pt-BR.csv', brl, [row('Google Ads – Pesquisa', null, 4214, 237, 9.5, 1610.55)]],
    [
      'google-ads-de.csv',
      eur,
      [
        row('Google Ads – Suche', '2025-05-18', 1204, 96, 4, 454.06),
        row('Google Ads – Suche', '2025-05-19', 980, 80, 3.5, 398.1),
      ],
    ],
    [
      'google-ads-fr.csv',
      eur,
      [
        row('Google Ads – Réseau de Recherche', '2025-05-18', 12480, 188, 7.25, 1301),
        row('Google Ads – Réseau de Recherche', '2025-05-19', 980, 20, 1, 99.5),
      ],
    ],
  ])('Google Ads, localised: %s', (name, options, expected) => {
    const parsed = importFixture(name, options);
    expect(figures(parsed)).toEqual(expected);
    expect(parsed.ok && parsed.reading.platform).toBe('google_ads');
    expect(parsed.ok && parsed.reading.dropped.totals).toBe(1);
  });

  it('Meta: Amount spent (USD), the empty-name account total, Results that are reach', () => {
    const parsed = importFixture('meta-ads-en.csv', usd);
    // The account total (first row, no name) is dropped; 15,000 + 10,000 impressions; 300.00 + 212.34.
    // The awareness campaign's 9,800 Results are reach, not conversions: only the 12 purchases count.
    expect(figures(parsed)).toEqual([row('Meta Ads', '2025-05-01', 25000, 610, 12, 512.34, 1450)]);
    expect(parsed.ok && parsed.reading.dropped).toEqual({ totals: 1, empty: 0 });
    expect(parsed.ok && parsed.reading.notes).toContainEqual({
      code: 'not_conversions',
      count: 1,
      examples: ['reach'],
    });
  });

  it.each([
    ['meta-ads-es.csv', eur, 300.5],
    ['meta-ads-fr.csv', eur, 300.5],
    ['meta-ads-de.csv', eur, 1300.5],
    ['meta-ads-pt-BR.csv', brl, 300.5],
  ])('Meta, localised: %s', (name, options, cost) => {
    const parsed = importFixture(name, options);
    expect(figures(parsed)).toEqual([row('Meta Ads', '2025-05-01', 15000, 400, 12, cost)]);
    expect(parsed.ok && parsed.reading).toMatchObject({
      platform: 'meta_ads',
      dropped: { totals: 1, empty: 0 },
    });
  });

  it('LinkedIn: UTF-16LE TSV, Start Date (in UTC), day-first dates proven by 25/05', () => {
    const parsed = importFixture('linkedin-campaigns.utf16le.tsv', eur);
    expect(figures(parsed)).toEqual([
      row('LinkedIn Ads – Sponsored Content', '2025-05-03', 5000, 40, 3, 120.5, null, 95),
      row('LinkedIn Ads – Sponsored Content', '2025-05-04', 4200, 35, 2, 99.99, null, 80),
      row('LinkedIn Ads – Sponsored Content', '2025-05-25', 4800, 38, 4, 101.01, null, 88),
    ]);
  });

  it('Microsoft (API): "Key: value" preamble, [123] IDs, copyright footer', () => {
    const parsed = importFixture('microsoft-ads-api.csv', usd);
    expect(figures(parsed)).toEqual([
      row('Microsoft Advertising – Search', '2025-05-18', 2500, 120, 6, 180.25, 540),
      row('Microsoft Advertising – Audience', '2025-05-18', 8000, 40, 2, 50, 120),
      row('Microsoft Advertising – Search', '2025-05-19', 2400, 110, 5, 170, 500),
    ]);
    // 9 "Key: value" lines and a blank line above the header; a blank line and the copyright below.
    expect(parsed.ok && parsed.reading).toMatchObject({ headerLine: 11, dropped: { totals: 0, empty: 2 } });
  });

  it('Microsoft (UI): Search total and Audience total rows, month-first dates proven by 5/13', () => {
    const parsed = importFixture('microsoft-ads-ui.csv', usd);
    // Search 5/18 = Brand + Generic: 2,500 + 1,000; 180.25 + 60.00; 6 + 1; 540 + 90.
    expect(figures(parsed)).toEqual([
      row('Microsoft Advertising – Search', '2025-05-18', 3500, 150, 7, 240.25, 630),
      row('Microsoft Advertising – Audience', '2025-05-18', 8000, 40, 2, 50, 120),
      row('Microsoft Advertising – Search', '2025-05-13', 2400, 110, 5, 170, 500),
    ]);
    expect(parsed.ok && parsed.reading.dropped.totals).toBe(2);
  });

  it('TikTok: "Total of N results", a row of "-" cells', () => {
    const parsed = importFixture('tiktok-ads.csv', usd);
    expect(figures(parsed)).toEqual([
      row('TikTok Ads', '2025-05-18', 16000, 240, 5, 40),
      row('TikTok Ads', '2025-05-19', 14000, 210, 4, 35.5),
    ]);
    expect(parsed.ok && parsed.reading.dropped).toEqual({ totals: 1, empty: 1 });
  });

  it('X: no conversions column, left blank and said so', () => {
    const parsed = importFixture('x-ads.csv', usd);
    expect(figures(parsed)).toEqual([
      row('X Ads', '2025-05-18', 8000, 90, null, 25, null, 320),
      row('X Ads', '2025-05-19', 9000, 100, null, 30, null, 300),
    ]);
    expect(parsed.ok && parsed.reading.notes).toContainEqual({
      code: 'absent_column',
      metric: 'conversions',
    });
  });

  it('GA4: # comments, YYYYMMDD dates, Grand total, a second table after a comment', () => {
    const parsed = importFixture('ga4-google-ads-campaigns.csv', usd);
    expect(figures(parsed)).toEqual([
      row('Google Analytics 4 – Paid Search', '2025-05-18', 2500, 120, 6, 180.25, 540),
      row('Google Analytics 4 – Paid Search', '2025-05-19', 2100, 95, 4, 150, 410.5),
    ]);
    expect(parsed.ok && parsed.reading).toMatchObject({ platform: 'ga4', headerLine: 9 });
    expect(parsed.ok && parsed.reading.notes).toContainEqual({ code: 'table_ended', line: 14, rows: 3 });
  });

  it('GA4 without ad figures is refused', () => {
    const parsed = importFixture('ga4-traffic-only.csv', usd);
    expect(parsed).toMatchObject({ ok: false, issues: [{ code: 'missing_metrics', platform: 'ga4' }] });
  });
});
