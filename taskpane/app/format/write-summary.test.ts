import { sheetCount, writeCounts } from './write-summary';

const sheets = (campaigns: number, logs: string[] = [], others: string[] = []) => ({
  campaigns: Array.from({ length: campaigns }, (_, i) => ({
    campaignId: `C${i}`,
    report: 'r',
    feedback: 'f',
  })),
  replaced: [],
  logs,
  others,
});

describe('write counts', () => {
  test('each campaign’s two report sheets and the Portfolio sheet (the logs a first run creates are not counted)', () => {
    expect(sheetCount({ sheets: sheets(1) })).toBe(2);
    expect(sheetCount({ sheets: sheets(2, ['Task Log']) })).toBe(4);
    expect(sheetCount({ sheets: sheets(2, ['Task Log'], ['Portfolio 2026-11-24']) })).toBe(5);
  });
  test('the write button’s counts', () => {
    const changes = (n: number) =>
      Array.from(
        { length: n },
        () => ({ taskId: 'T', title: 't', from: 'pending', to: 'completed', reason: '' }) as const,
      );
    expect(writeCounts({ sheets: sheets(1), taskChanges: changes(4) })).toBe('4 status changes, 2 sheets');
    expect(writeCounts({ sheets: sheets(1), taskChanges: changes(1) })).toBe('1 status change, 2 sheets');
  });
});
