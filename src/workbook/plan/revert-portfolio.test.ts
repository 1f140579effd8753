import type { RawTable } from '../host';
import type { TaskLogEntry, WorkbookLogs } from '../read/workbook-logs';
import { portfolioReadRequests, portfolioSheetRequests, portfolioSheetsOfRun } from './revert-portfolio';

const history = (runId: string, campaignId: string) => ({
  runId,
  campaignId,
  reportSheet: null,
  feedbackSheet: null,
  rejectedUpdates: null,
});
const logs = (campaignHistory: WorkbookLogs['campaignHistory'], taskLog: WorkbookLogs['taskLog'] = []) => ({
  learnings: [],
  taskLog,
  campaignHistory,
});
const INVENTORY = {
  sheets: [
    'Tasks',
    'Portfolio 2026-11-24',
    'PORTFOLIO 2026-11-24 (2)',
    'Portfolio notes',
    'My Portfolio 2026-11-24',
  ],
  tables: [],
};

describe('portfolioReadRequests', () => {
  it('asks for the sheets named like a Portfolio sheet when the last run tracked several campaigns', () => {
    const several = logs([history('run-1', 'A'), history('run-2', 'A'), history('run-2', 'B')]);
    expect(portfolioReadRequests(several, INVENTORY)).toEqual([
      { source: { kind: 'sheet', name: 'Portfolio 2026-11-24' } },
      { source: { kind: 'sheet', name: 'PORTFOLIO 2026-11-24 (2)' } },
    ]);
  });

  it('asks for nothing when the last run tracked one campaign, or was reverted already', () => {
    expect(
      portfolioReadRequests(
        logs([history('run-1', 'A'), history('run-1', 'B'), history('run-2', 'A')]),
        INVENTORY,
      ),
    ).toEqual([]);
    const revertLog: TaskLogEntry = {
      index: 0,
      time: null,
      runId: 'revert:run-1',
      taskId: 'T1',
      from: 'in_progress',
      to: 'pending',
      reason: null,
      update: null,
      before: null,
    };
    expect(
      portfolioReadRequests(logs([history('run-1', 'A'), history('run-1', 'B')], [revertLog]), INVENTORY),
    ).toEqual([]);
  });
});

describe('portfolioSheetsOfRun', () => {
  const sheet = (name: string, rows: RawTable['rows']): RawTable => ({
    source: { kind: 'sheet', name },
    sheet: name,
    headerRow: 1,
    firstColumn: 1,
    header: ['Portfolio — 2 campaigns'],
    rows,
  });

  it('names the sheets whose Run ID cell holds the run, and no other', () => {
    const sheets = [
      sheet('Portfolio 2026-11-24', [
        ['As of', 46000],
        ['Run ID', ' run-2 '],
      ]),
      sheet('Portfolio 2026-11-24 (2)', [['Run ID', 'run-1']]),
      sheet('Portfolio 2026-11-25', [['Run ID', null]]),
      sheet('Portfolio 2026-11-26', [['Notes', 'run-2']]),
    ];
    expect(portfolioSheetsOfRun(sheets, 'run-2')).toEqual(['Portfolio 2026-11-24']);
  });
});

describe('portfolioSheetRequests', () => {
  test('reads every sheet named like a Portfolio sheet, whichever day or run; nothing else', () => {
    const sheets = [
      'Tasks',
      'Portfolio 2026-11-24',
      'portfolio 2026-11-23 (2)',
      'Portfolio notes',
      'My Portfolio',
    ];
    expect(portfolioSheetRequests({ sheets, tables: [] }).map((r) => r.source)).toEqual([
      { kind: 'sheet', name: 'Portfolio 2026-11-24' },
      { kind: 'sheet', name: 'portfolio 2026-11-23 (2)' },
    ]);
    expect(portfolioSheetRequests({ sheets: ['Tasks'], tables: [] })).toEqual([]);
  });
});
