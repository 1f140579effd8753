import type { ImportIssue } from '../../engine/issues/import-issue';
import type { LocateImportCell } from '../../engine/messages/render-import-issue';
import { importProblems, pastedCell } from './import-view';

const at = { kind: 'selection', sheet: 'Q2 Export', row: 3, column: 2 } as const;
const locate: LocateImportCell = (line, column) => pastedCell(at, line, column).a1;
const ref = (line: number, columnIndex: number, value: string) => ({
  line,
  columnIndex,
  column: 'Cost',
  value,
});
const failed = (issues: ImportIssue[], moreIssues = 0) =>
  ({ ok: false, stage: 'export', issues, moreIssues, locate }) as const;

describe('pastedCell', () => {
  it('puts line 1, column 0 of the export on the range’s first cell', () => {
    expect(pastedCell(at, 1, 0)).toEqual({ sheet: 'Q2 Export', row: 3, column: 2, a1: "'Q2 Export'!B3" });
    expect(pastedCell(at, 4, 3).a1).toBe("'Q2 Export'!E6");
  });
});

describe('importProblems', () => {
  it('gives each problem about a pasted cell that cell, the first of two', () => {
    const problems = importProblems(
      failed([
        { code: 'invalid_number', ...ref(2, 1, 'abc') },
        { code: 'mixed_number_formats', decimalPoint: ref(3, 2, '1.5'), decimalComma: ref(4, 2, '1,5') },
        { code: 'currency_mismatch', exportCurrency: 'EUR', campaignCurrency: 'USD', campaignId: 'C1' },
      ]),
      at,
    ).problems;
    expect(problems.map((p) => [p.code, p.address?.a1 ?? null])).toEqual([
      ['invalid_number', "'Q2 Export'!C4"],
      ['mixed_number_formats', "'Q2 Export'!D5"],
      ['currency_mismatch', null],
    ]);
    expect(problems[0]?.text).toBe('\'Q2 Export\'!C4, Cost "abc" is not a number');
  });

  it('starts a file’s problems with its name, with no cell, and counts those not listed', () => {
    const problems = importProblems(
      { ...failed([{ code: 'invalid_number', ...ref(2, 1, 'abc') }], 12), locate: (l) => `line ${l}` },
      { kind: 'file', name: 'ads.csv' },
    ).problems;
    expect(problems).toEqual([
      { code: 'invalid_number', text: 'ads.csv: line 2, Cost "abc" is not a number', address: null },
      { code: 'more', text: '… and 12 more problems like these', address: null },
    ]);
  });
});
