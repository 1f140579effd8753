import { ad, figures, importBytes, importFixture, row } from './read-fixture';

const usd = { campaignId: 'C1', campaignCurrency: 'USD' };
const eur = { campaignId: 'C1', campaignCurrency: 'EUR' };
const brl = { campaignId: 'C1', campaignCurrency: 'BRL' };

describe('platform exports (fixtures written for these tests)', () => {
  it('Google Ads: UTF-16LE TSV, title and date-range lines, Total rows, "--" cells', () => {
    const parsed = importFixture('google-ads-en.utf16le.tsv', usd);
    // One row per channel, ad campaign and day. 05-19 Generic is paused with "--" impressions, clicks
    // and interactions: they stay blank (missing, not zero).
    expect(figures(parsed)).toEqual([
      ad('Brand – Exact', row('Google Ads – Search', '2025-05-18', 1204, 96, 4, 212.4, 880, 96)),
      ad('Generic', row('Google Ads – Search', '2025-05-18', 3010, 141, 5.5, 398.15, 1210.5, 141)),
      ad('PMax Spring', row('Google Ads – Performance Max', '2025-05-18', 12480, 188, 7.25, 301, 1460, 220)),
      ad('Brand – Exact', row('Google Ads – Search', '2025-05-19', 1150, 90, 3, 199.8, 660, 90)),
      ad('Generic', row('Google Ads – Search', '2025-05-19', null, null, 0, 0, 0, null)),
      ad(
        'PMax Spring',
        row('Google Ads – Performance Max', '2025-05-19', 11902, 170, 6, 289.35, 1150.25, 205),
      ),
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
    // Marca and Genérica: 1.204 and 3.010 impressions, 212,40 and 1.398,15 cost, 4,00 and 5,50 conversions.
    [
      'google-ads-pt-BR.csv',
      brl,
      [
        ad('Marca', row('Google Ads – Pesquisa', null, 1204, 96, 4, 212.4)),
        ad('Genérica', row('Google Ads – Pesquisa', null, 3010, 141, 5.5, 1398.15)),
      ],
    ],
    [
      'google-ads-de.csv',
      eur,
      [
        ad('Marke', row('Google Ads – Suche', '2025-05-18', 1204, 96, 4, 454.06)),
        ad('Marke', row('Google Ads – Suche', '2025-05-19', 980, 80, 3.5, 398.1)),
      ],
    ],
    [
      'google-ads-fr.csv',
      eur,
      [
        ad('Marque', row('Google Ads – Réseau de Recherche', '2025-05-18', 12480, 188, 7.25, 1301)),
        ad('Marque', row('Google Ads – Réseau de Recherche', '2025-05-19', 980, 20, 1, 99.5)),
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
    // The account total (first row, no name) is dropped. The awareness campaign's 9,800 Results are
    // reach, not conversions: its Conversions stay blank. Its formula-like name is kept as text.
    expect(figures(parsed)).toEqual([
      ad('Spring Sale', row('Meta Ads', '2025-05-01', 15000, 400, 12, 300, 1450)),
      ad(
        '=HYPERLINK("http://evil.example","Awareness")',
        row('Meta Ads', '2025-05-01', 10000, 210, null, 212.34),
      ),
    ]);
    expect(parsed.ok && parsed.reading.dropped).toEqual({ totals: 1, empty: 0 });
    expect(parsed.ok && parsed.reading.notes).toContainEqual({
      code: 'not_conversions',
      count: 1,
      examples: ['reach'],
    });
  });

  it.each([
    ['meta-ads-es.csv', eur, 300.5, 'Primavera'],
    ['meta-ads-fr.csv', eur, 300.5, 'Printemps'],
    ['meta-ads-de.csv', eur, 1300.5, 'Frühling'],
    ['meta-ads-pt-BR.csv', brl, 300.5, 'Primavera'],
  ])('Meta, localised: %s', (name, options, cost, campaign) => {
    const parsed = importFixture(name, options);
    expect(figures(parsed)).toEqual([ad(campaign, row('Meta Ads', '2025-05-01', 15000, 400, 12, cost))]);
    expect(parsed.ok && parsed.reading).toMatchObject({
      platform: 'meta_ads',
      dropped: { totals: 1, empty: 0 },
    });
  });

  it('LinkedIn: UTF-16LE TSV, Start Date (in UTC), day-first dates proven by 25/05', () => {
    const parsed = importFixture('linkedin-campaigns.utf16le.tsv', eur);
    expect(figures(parsed)).toEqual([
      ad('Leads DE', row('LinkedIn Ads – Sponsored Content', '2025-05-03', 5000, 40, 3, 120.5, null, 95)),
      ad('Leads DE', row('LinkedIn Ads – Sponsored Content', '2025-05-04', 4200, 35, 2, 99.99, null, 80)),
      ad('Leads DE', row('LinkedIn Ads – Sponsored Content', '2025-05-25', 4800, 38, 4, 101.01, null, 88)),
    ]);
  });

  it('Microsoft (API): "Key: value" preamble, [123] IDs, copyright footer', () => {
    const parsed = importFixture('microsoft-ads-api.csv', usd);
    expect(figures(parsed)).toEqual([
      ad('Brand', row('Microsoft Advertising – Search', '2025-05-18', 2500, 120, 6, 180.25, 540)),
      ad('Retarget', row('Microsoft Advertising – Audience', '2025-05-18', 8000, 40, 2, 50, 120)),
      ad('Brand', row('Microsoft Advertising – Search', '2025-05-19', 2400, 110, 5, 170, 500)),
    ]);
    // 9 "Key: value" lines and a blank line above the header; a blank line and the copyright below.
    expect(parsed.ok && parsed.reading).toMatchObject({ headerLine: 11, dropped: { totals: 0, empty: 2 } });
  });

  it('Microsoft (UI): Search total and Audience total rows, month-first dates proven by 5/13', () => {
    const parsed = importFixture('microsoft-ads-ui.csv', usd);
    expect(figures(parsed)).toEqual([
      ad('Brand', row('Microsoft Advertising – Search', '2025-05-18', 2500, 120, 6, 180.25, 540)),
      ad('Generic', row('Microsoft Advertising – Search', '2025-05-18', 1000, 30, 1, 60, 90)),
      ad('Retarget', row('Microsoft Advertising – Audience', '2025-05-18', 8000, 40, 2, 50, 120)),
      ad('Brand', row('Microsoft Advertising – Search', '2025-05-13', 2400, 110, 5, 170, 500)),
    ]);
    expect(parsed.ok && parsed.reading.dropped.totals).toBe(2);
  });

  it('TikTok: "Total of N results", a row of "-" cells', () => {
    const parsed = importFixture('tiktok-ads.csv', usd);
    expect(figures(parsed)).toEqual([
      ad('Spring UGC', row('TikTok Ads', '2025-05-18', 16000, 240, 5, 40)),
      ad('Spring UGC', row('TikTok Ads', '2025-05-19', 14000, 210, 4, 35.5)),
    ]);
    expect(parsed.ok && parsed.reading.dropped).toEqual({ totals: 1, empty: 1 });
  });

  it('X: no conversions column, left blank and said so', () => {
    const parsed = importFixture('x-ads.csv', usd);
    expect(figures(parsed)).toEqual([
      ad('Launch', row('X Ads', '2025-05-18', 8000, 90, null, 25, null, 320)),
      ad('Launch', row('X Ads', '2025-05-19', 9000, 100, null, 30, null, 300)),
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

  it('Google Ads: a Display campaign whose Conversions and Conv. value are "--": blank, never 0', () => {
    const parsed = importFixture('google-ads-display-blank.csv', usd);
    expect(figures(parsed)).toEqual([
      ad('Brand - Exact', row('Google Ads – Search', '2026-11-16', 1204, 96, 4, 212.4, 880, 96)),
      ad('Generic - Broad', row('Google Ads – Search', '2026-11-16', 3010, 141, 5.5, 398.15, 1210.5, 141)),
      ad(
        'Remarketing - Display',
        row('Google Ads – Display', '2026-11-16', 48210, 160, null, 96.44, null, 160),
      ),
      ad('Brand - Exact', row('Google Ads – Search', '2026-11-17', 1150, 90, 3, 199.8, 660, 90)),
      ad('Generic - Broad', row('Google Ads – Search', '2026-11-17', 2870, 133, 6, 371.25, 1320, 133)),
      ad(
        'Remarketing - Display',
        row('Google Ads – Display', '2026-11-17', 51004, 171, null, 102.13, null, 171),
      ),
    ]);
    expect(parsed.ok && parsed.reading.dropped).toEqual({ totals: 3, empty: 0 });
    expect(parsed.ok && parsed.reading.notes).toContainEqual({
      code: 'blank_required',
      metric: 'conversions',
      rows: 2,
    });
  });

  it('Meta: a Day column and a reporting range: the day wins; the summary row is dropped', () => {
    const parsed = importFixture('meta-ads-day-range.csv', usd);
    expect(figures(parsed)).toEqual([
      ad('Spring Prospecting', row('Meta Ads', '2026-11-16', 10450, 212, 4, 85.2, 380)),
      ad('Spring Retargeting', row('Meta Ads', '2026-11-16', 4900, 141, 5, 61.05, 455)),
      ad('Spring Prospecting', row('Meta Ads', '2026-11-17', 10980, 220, 3, 88.4, 285)),
      ad('Spring Retargeting', row('Meta Ads', '2026-11-17', 5120, 150, 6, 64.1, 520)),
      ad('Spring Prospecting', row('Meta Ads', '2026-11-18', 9600, 180, 2, 80, 190)),
      ad('Spring Retargeting', row('Meta Ads', '2026-11-18', 4820, 101, 1, 33.5, 105)),
    ]);
    expect(parsed.ok && parsed.reading.dropped).toEqual({ totals: 1, empty: 0 });
    expect(parsed.ok && parsed.reading.notes.map((n) => n.code)).not.toContain('range_dated');
  });

  it('Meta: a reporting range alone dates the row by its first day, and says so', () => {
    const parsed = importBytes(
      new TextEncoder().encode(
        'Campaign name,Impressions,Link clicks,Amount spent (USD),Reporting starts,Reporting ends\n' +
          'Spring,1000,40,25.50,2026-11-01,2026-11-30\n' +
          'Autumn,2000,50,30.00,2026-11-02,2026-11-02\n',
      ),
      usd,
    );
    expect(figures(parsed)).toEqual([
      ad('Spring', row('Meta Ads', '2026-11-01', 1000, 40, null, 25.5)),
      ad('Autumn', row('Meta Ads', '2026-11-02', 2000, 50, null, 30)),
    ]);
    expect(parsed.ok && parsed.reading.notes).toContainEqual({ code: 'range_dated', rows: 1 });
  });

  it('LinkedIn: several campaigns a day, month-first dates proven by 11/16', () => {
    const parsed = importFixture('linkedin-several-campaigns.utf16le.tsv', usd);
    const sc = 'LinkedIn Ads – Sponsored Content';
    expect(figures(parsed)).toEqual([
      ad('Webinar - CMOs', row(sc, '2026-11-16', 5000, 40, 3, 120.5, null, 95)),
      ad('Webinar - VPs Marketing', row(sc, '2026-11-16', 4100, 31, 2, 98.2, null, 77)),
      ad('Retarget - Site visitors', row('LinkedIn Ads – Text Ad', '2026-11-16', 9800, 12, 0, 22, null, 12)),
      ad('Webinar - CMOs', row(sc, '2026-11-17', 5400, 44, 4, 131.75, null, 102)),
      ad('Webinar - VPs Marketing', row(sc, '2026-11-17', 3900, 28, 1, 90.05, null, 70)),
      ad(
        'Retarget - Site visitors',
        row('LinkedIn Ads – Text Ad', '2026-11-17', 10200, 15, 0, 24.1, null, 15),
      ),
    ]);
    expect(parsed.ok && parsed.reading).toMatchObject({ platform: 'linkedin_ads', headerLine: 5 });
  });
});
