import { readChannelMetricsTable } from './channel-metrics-table';
import { metricKey } from './metric-key';

describe('existing ChannelMetrics', () => {
  it('reads keys and the table location, names matched loosely, blank rows skipped', () => {
    const t = readChannelMetricsTable({
      source: { kind: 'sheet', name: 'ChannelMetrics' },
      sheet: 'ChannelMetrics',
      headerRow: 1,
      firstColumn: 1,
      header: ['campaign_id', 'CHANNEL', 'Notes', 'date', 'Cost'],
      rows: [
        ['C1', 'LinkedIn', 'x', 45795, 10],
        [null, null, null, null, null],
        ['C1', 'Meta Ads', null, '03/04/2025', 5],
        ['C2', 'X Ads', null, null, 1],
      ],
    });
    expect(t.rows).toEqual([
      { campaignId: 'C1', channel: 'LinkedIn', adCampaign: null, date: '2025-05-18', sheetRow: 2 },
      { campaignId: 'C1', channel: 'Meta Ads', adCampaign: null, date: '?03/04/2025', sheetRow: 4 },
      { campaignId: 'C2', channel: 'X Ads', adCampaign: null, date: null, sheetRow: 5 },
    ]);
    expect(t.location).toMatchObject({
      width: 5,
      columns: { campaignId: 1, channel: 2, date: 4, cost: 5 },
      rows: [2, 4, 5],
      nextRow: 6,
    });
  });

  it('keys ignore case, spacing and the kind of dash in channels', () => {
    expect(metricKey('C1', 'Google Ads – Search', '2025-05-18')).toBe(
      metricKey(' C1', 'google  ads - search ', '2025-05-18'),
    );
    expect(metricKey('C1', 'LinkedIn', null)).not.toBe(metricKey('C1', 'LinkedIn', '2025-05-18'));
  });
});
