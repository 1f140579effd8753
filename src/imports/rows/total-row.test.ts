import fc from 'fast-check';
import { isTotalLabel, totalRowLabel } from './total-row';

describe('total rows', () => {
  it.each([
    ['Total: Account', true],
    ['Total: Search', true],
    ['Gesamt: Konto', true],
    ['Total : compte', true],
    ['Total of 5928 results', true],
    ['Total of 1,234 results', true],
    ['Grand total', true],
    ['Search total', true],
    ['Performance Max total', true],
    ['Total Reach', false],
    ['Totally Awesome Launch', false],
    ['Brand - Search', false],
    ['=HYPERLINK("http://x","Total: Account")', false],
    // Accents, other cases and widths are read like their plain letters.
    ['TOTAL: ACCOUNT', true],
    ['Totál: Konto', true],
    ['Ｔｏｔａｌ: Account', true],
    ['Total général', true],
  ])('%j is a total label: %s', (text, expected) => {
    expect(isTotalLabel(text)).toBe(expected);
  });

  it('finds no label in ASCII text without total, gesamt or summe, whatever else it holds', () => {
    const words = fc.constantFrom(
      'Total',
      'total',
      'Gesamt',
      'Summe',
      ':',
      ' ',
      'of',
      '5',
      'Grand',
      'Search',
      'Konto',
      'x',
    );
    fc.assert(
      fc.property(
        fc.array(words, { maxLength: 6 }).map((w) => w.join('')),
        (text) => {
          const plain = text
            .replace(/total/gi, 'tital')
            .replace(/gesamt/gi, 'gesomt')
            .replace(/summe/gi, 'somme');
          expect(isTotalLabel(plain)).toBe(false);
        },
      ),
    );
  });

  const google = { status: 0, campaign: 1, channelType: 2, impressions: 3 };
  it.each([
    ['Google account total', ['Total: Account', '--', '--', '1,000'], google, 'Total: Account'],
    ['Google campaign row', ['Enabled', 'Brand', 'Search', '10'], google, null],
    [
      'a campaign named "Search total" with a type',
      ['Enabled', 'Search total', 'Search', '10'],
      google,
      null,
    ],
    [
      'Microsoft "Search total"',
      ['Search total', '', '', '10'],
      { campaign: 0, channelType: 1, date: 2 },
      'Search total',
    ],
    [
      'TikTok total in the date column',
      ['Total of 5 results', '', '10'],
      { date: 0, campaign: 1 },
      'Total of 5 results',
    ],
    [
      'Meta account total (no name)',
      ['', '2025-03-01', '2025-03-31', '10'],
      { campaign: 0, dateStart: 1, dateEnd: 2 },
      '(no campaign name)',
    ],
    ['"Total Reach" with an ID', ['Total Reach', '123', '10'], { campaign: 0, campaignId: 1 }, null],
    ['no campaign column', ['2025-03-01', '10'], { date: 0 }, null],
  ])('%s', (_name, cells, columns, expected) => {
    expect(totalRowLabel(cells, columns)).toBe(expected);
  });
});
