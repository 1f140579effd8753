import { sniffLayout } from './sniff-layout';

describe('layout sniffing', () => {
  it.each([
    ['Campaign report\n"May 1, 2025 - May 31, 2025"\nCampaign\tImpr.\tClicks\tCost\nA\t1\t2\t3\n', '\t', 2],
    ['Campaign,Impr.,Clicks,Cost\nA,"1,000",2,3\n', ',', 0],
    ['Campanha;Impr.;Cliques;Custo\nA;1.000;2;3,5\n', ';', 0],
    ['sep=;\nCampaign;Impr.;Clicks;Cost\n', ';', 1],
    ['# GA4\n# Start date: 20250101\nDate,Ads clicks,Ads cost\n', ',', 2],
  ])('%j', (text, delimiter, headerIndex) => {
    expect(sniffLayout(text, true)).toEqual({ delimiter, headerIndex });
  });

  it('shows the first row when nothing looks like a header', () => {
    expect(sniffLayout('name;age\nAda;36\n', true)).toEqual({ firstRow: ['name', 'age'] });
  });
});
