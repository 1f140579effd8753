import type { CampaignOption } from '../../../src/excel/operator-actions';
import { importRequest } from './import-request';
import { INITIAL_IMPORT_CHOICES, importCampaign } from './import-state';

const CAMPAIGNS: CampaignOption[] = [
  { campaignId: 'C-OLD', name: 'Winter sale', status: 'paused' },
  { campaignId: 'C-SPRING', name: 'Spring launch', status: 'active' },
];

describe('importCampaign', () => {
  it.each([
    ['the chosen campaign while the workbook has it', 'C-OLD', CAMPAIGNS, 'C-OLD'],
    ['else the first active campaign', null, CAMPAIGNS, 'C-SPRING'],
    ['a chosen campaign no longer in the workbook gives way', 'C-GONE', CAMPAIGNS, 'C-SPRING'],
    ['the first campaign when none is active', null, [CAMPAIGNS[0] as CampaignOption], 'C-OLD'],
    ['none without campaigns', 'C-OLD', [], null],
    ['none before the list loads', null, null, null],
  ] as const)('%s', (_name, chosen, campaigns, expected) => {
    expect(importCampaign(chosen, campaigns)).toBe(expected);
  });
});

describe('importRequest', () => {
  it('sends only the fields filled in: the campaign and the mode always', () => {
    expect(importRequest({ kind: 'selection' }, INITIAL_IMPORT_CHOICES, CAMPAIGNS)).toEqual({
      source: { kind: 'selection' },
      campaignId: 'C-SPRING',
      mode: 'replace',
    });
  });

  it('trims the Channel and Currency and sends the Date format once chosen', () => {
    const bytes = new Uint8Array([65]);
    const choices = {
      ...INITIAL_IMPORT_CHOICES,
      campaignId: 'C-OLD',
      channel: '  LinkedIn ',
      currency: ' EUR ',
      mode: 'skip' as const,
      dateFormat: 'DMY' as const,
    };
    expect(importRequest({ kind: 'file', name: 'ads.csv', bytes }, choices, CAMPAIGNS)).toEqual({
      source: { kind: 'file', name: 'ads.csv', bytes },
      campaignId: 'C-OLD',
      mode: 'skip',
      channel: 'LinkedIn',
      currency: 'EUR',
      dateFormat: 'DMY',
    });
  });

  it('sends blank fields as absent, and an empty campaign id when there is no campaign', () => {
    const choices = { ...INITIAL_IMPORT_CHOICES, channel: '   ', currency: '' };
    expect(importRequest({ kind: 'selection' }, choices, [])).toEqual({
      source: { kind: 'selection' },
      campaignId: '',
      mode: 'replace',
    });
  });
});
