import { readExportBytes } from './read-export-bytes';

const options = { campaignId: 'C1', campaignCurrency: 'EUR' };
// UTF-8 with a byte-order mark and two-byte characters (é, û), which small pieces cut in half.
const bytes = new Uint8Array([
  0xef,
  0xbb,
  0xbf,
  ...new TextEncoder().encode(
    'Campagne;Type de campagne;Jour;Impr.;Clics;Coût\n' +
      'Marque;Réseau de Recherche;2025-05-18;12 480;188;1 301,00\n' +
      'Marque;Réseau de Recherche;2025-05-19;980;20;99,5\n',
  ),
]);

describe('readExportBytes', () => {
  it('reads the same rows whatever the size of the pieces it hands on', async () => {
    const whole = await readExportBytes(bytes, options);
    expect(whole.parsed).toMatchObject({
      ok: true,
      rows: [
        { channel: 'Google Ads – Réseau de Recherche', date: '2025-05-18', impressions: 12480, cost: 1301 },
        { channel: 'Google Ads – Réseau de Recherche', date: '2025-05-19', impressions: 980, cost: 99.5 },
      ],
      reading: { encoding: 'utf-8', delimiter: ';' },
    });
    for (const chunk of [1, 2, 3, 50])
      expect((await readExportBytes(bytes, options, chunk)).parsed).toEqual(whole.parsed);
  });

  it('names places by line, as in a file', async () => {
    expect((await readExportBytes(bytes, options)).locate(7, 2)).toBe('line 7');
  });
});
