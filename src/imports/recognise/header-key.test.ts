import { headerKey } from './header-key';

describe('header keys', () => {
  it.each([
    ['Amount spent (USD)', 'amountspent', 'USD'],
    ['Importe gastado (EUR)', 'importegastado', 'EUR'],
    ['Impr.', 'impr', null],
    ['\ufeffCampaign', 'campaign', null],
    ['Coût', 'cout', null],
    ['Conversões', 'conversoes', null],
    ['Start Date (in UTC)', 'startdateinutc', null],
    ['Clicks (all)', 'clicksall', null],
    ['CampaignName', 'campaignname', null],
    ['  Cost / conv. ', 'costconv', null],
  ])('%j → %s', (header, key, currency) => {
    expect(headerKey(header)).toEqual({ key, currency });
  });
});
