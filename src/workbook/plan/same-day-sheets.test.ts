import { sameDaySheets } from './same-day-sheets';

const row = (campaignId: string | null, reportSheet: string | null, feedbackSheet: string | null = null) => ({
  runId: 'r1',
  campaignId,
  reportSheet,
  feedbackSheet,
  rejectedUpdates: null,
});

describe('sameDaySheets', () => {
  const wanted = ['Report C1 2026-11-24', 'CMO Feedback C1 2026-11-24'];

  test('the wanted sheets the campaign’s history names and the workbook holds, as the workbook spells them', () => {
    expect(
      sameDaySheets({
        history: [row('C1', 'report c1 2026-11-24', 'CMO Feedback C1 2026-11-24')],
        sheets: ['Campaigns', 'REPORT C1 2026-11-24', 'CMO Feedback C1 2026-11-24'],
        campaignId: 'C1',
        wanted,
      }),
    ).toEqual(['REPORT C1 2026-11-24', 'CMO Feedback C1 2026-11-24']);
  });

  test.each([
    ['another campaign’s row', [row('C2', wanted[0] ?? '')]],
    ['a row without a campaign', [row(null, wanted[0] ?? '')]],
    ['no history', []],
  ])('nothing for %s', (_case, history) => {
    expect(sameDaySheets({ history, sheets: wanted, campaignId: 'C1', wanted })).toEqual([]);
  });

  test('nothing for a sheet the workbook no longer holds, or one this run does not want', () => {
    const history = [row('C1', 'Report C1 2026-11-23', wanted[1] ?? '')];
    expect(sameDaySheets({ history, sheets: ['Report C1 2026-11-23'], campaignId: 'C1', wanted })).toEqual(
      [],
    );
  });
});
