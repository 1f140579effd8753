import { makeFeedback, makeReport } from '../../../test/fixtures/track-fixture';
import { feedbackSheetOp } from '../../workbook/plan/feedback-sheet';
import type { WritePlan } from '../../workbook/plan/write-plan';
import { compilePlan } from './compile-plan';
import { PHASES } from './write-step';

const PLAN: WritePlan = {
  ops: [
    { kind: 'deleteSheet', name: 'Old' },
    {
      kind: 'updateCells',
      source: { kind: 'table', name: 'Tasks' },
      sheet: 'Tasks',
      addColumns: [{ column: 9, header: 'Blocker' }],
      cells: [{ row: 2, column: 9, value: 'legal', numberFormat: '@' }],
    },
    feedbackSheetOp({
      name: 'CMO Feedback',
      feedback: makeFeedback(),
      report: makeReport(),
      timeZone: 'UTC',
    }),
    {
      kind: 'appendRows',
      source: { kind: 'table', name: 'TaskLog' },
      sheet: 'Task Log',
      startRow: 9,
      firstColumn: 1,
      rows: [[46350.5, 'T-1']],
      columnFormats: ['yyyy-mm-dd hh:mm', null],
    },
  ],
  newSheets: ['CMO Feedback'],
};

describe('compilePlan', () => {
  test('structure, then the log rows (though last in the plan), then values, formats, objects', () => {
    const steps = compilePlan(PLAN);
    const phases = steps.map((s) => PHASES.indexOf(s.phase));
    expect(phases).toEqual([...phases].sort((a, b) => a - b));
    expect(new Set(phases)).toEqual(new Set([0, 1, 2, 3, 4]));
    expect(steps.findIndex((s) => s.phase === 'log')).toBe(
      steps.filter((s) => s.phase === 'structure').length,
    );
  });

  test('within a phase, plan order: the deleted sheet, the new column, then the new sheet', () => {
    const structure = compilePlan(PLAN).filter((s) => s.phase === 'structure');
    expect(structure).toHaveLength(3);
  });

  test('every step has a positive size estimate', () => {
    expect(compilePlan(PLAN).every((s) => s.bytes > 0)).toBe(true);
  });
});
