import type { RawTable } from '../host';
import { sameDayPortfolios, sameDaySheets } from './same-day-sheets';

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

describe('sameDayPortfolios', () => {
  const date = '2026-11-24';
  const report = `Report C1 ${date}`;
  const history = [row('C1', report)];
  const portfolio = (sheet: string, runId: string | number): RawTable => ({
    source: { kind: 'sheet', name: sheet },
    sheet,
    headerRow: 1,
    firstColumn: 1,
    header: ['Portfolio'],
    rows: [['Run ID', runId]],
  });

  test('the Portfolio sheets of the day whose Run ID is a run whose sheets are replaced, each once', () => {
    const portfolios = [
      portfolio(`Portfolio ${date}`, 'r1'),
      portfolio(`portfolio ${date} (2)`, ' r1 '),
      portfolio(`Portfolio ${date} (3)`, 'r2'),
    ];
    expect(
      sameDayPortfolios({ history: [...history, ...history], replaced: [report], portfolios, date }),
    ).toEqual([`Portfolio ${date}`, `portfolio ${date} (2)`]);
  });

  test.each([
    ['no sheet of the run is replaced', [], [portfolio(`Portfolio ${date}`, 'r1')]],
    ['its Run ID was edited', [report], [portfolio(`Portfolio ${date}`, 'r9')]],
    ['its Run ID is not text', [report], [portfolio(`Portfolio ${date}`, 42)]],
    ['it is of another day', [report], [portfolio('Portfolio 2026-11-23', 'r1')]],
    ['it was renamed', [report], [portfolio(`Summary ${date}`, 'r1')]],
  ])('nothing when %s', (_case, replaced, portfolios) => {
    expect(sameDayPortfolios({ history, replaced, portfolios, date })).toEqual([]);
  });
});
