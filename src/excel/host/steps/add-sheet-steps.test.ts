/// <reference types="office-js" />
import type { FakeExcel } from '../../../../test/support/fake-excel';
import { makeFeedback, makeReport } from '../../../../test/fixtures/track-fixture';
import { fakeHost, writeSyncs } from '../../../../test/support/office-host-kit';
import { feedbackSheetOp } from '../../../workbook/plan/feedback-sheet';
import { RAG_FILL } from '../../../workbook/plan/palette';
import { reportSheetOp } from '../../../workbook/plan/report-sheet';
import { localA1 } from '../write-step';
import type { OfficeWorkbookHost } from '../office-workbook-host';
import { MONOSPACE_FONT } from './style-steps';

let fake: FakeExcel;
let host: OfficeWorkbookHost;
beforeEach(() => ({ fake, host } = fakeHost()));
afterEach(() => fake.uninstall());

const NAME = 'Report CMP-1 2026-11-24';
const report = reportSheetOp({
  name: NAME,
  report: makeReport(),
  timeZone: 'UTC',
  performanceThresholdPct: 50,
});

describe('addSheet', () => {
  beforeEach(() => host.apply({ ops: [report], newSheets: [NAME] }));

  test('every cell of the plan, with its format and style', () => {
    for (const cell of report.cells) {
      const stored = fake.cell(`'${NAME}'!${localA1({ ...cell, rows: 1, columns: 1 })}`);
      expect(stored.value).toEqual(cell.value === '' ? null : cell.value);
      expect(stored.formula).toBeNull();
      if (cell.numberFormat !== undefined) expect(stored.numberFormat).toBe(cell.numberFormat);
      if (cell.style?.bold === true) expect(stored.style.bold).toBe(true);
      if (cell.style?.fill !== undefined) expect(stored.style.fill).toBe(cell.style.fill);
      if (cell.style?.monospace === true) expect(stored.style.fontName).toBe(MONOSPACE_FONT);
      if (cell.style?.borderBottom === true)
        expect(stored.style.borders?.['EdgeBottom']?.style).toBe('Continuous');
    }
    expect(fake.merges(NAME)).toEqual(report.merges.map(localA1));
    expect(fake.sheet(NAME).tabColor).toBe(report.tabColor);
  });

  test('native charts with the plan’s data, title and place', () => {
    const charts = fake.charts(NAME);
    expect(charts.map((c) => [c.type, c.title])).toEqual(
      report.charts.map((c) => [c.type === 'barClustered' ? 'BarClustered' : 'ColumnClustered', c.title]),
    );
    expect(charts.length).toBe(2);
    report.charts.forEach((spec, i) => {
      const end = {
        row: spec.anchor.row + spec.anchor.rows - 1,
        column: spec.anchor.column + spec.anchor.columns - 1,
        rows: 1,
        columns: 1,
      };
      expect(charts[i]?.anchor).toEqual({
        start: localA1({ ...spec.anchor, rows: 1, columns: 1 }),
        end: localA1(end),
      });
      expect(charts[i]?.seriesBy).toBe('Columns');
      expect(charts[i]?.source.rect).toEqual({
        top: spec.data.row - 1,
        left: spec.data.column - 1,
        bottom: spec.data.row + spec.data.rows - 2,
        right: spec.data.column + spec.data.columns - 2,
      });
    });
  });

  test('red/amber/green rules on the numeric percent-of-target cells only', () => {
    const [rule] = report.rag;
    const formats = fake.conditionalFormats(NAME);
    // makeReport: conversions 24 % and cpa 87.6 % are numbers; MQLs is DATA PENDING text.
    expect(formats.map((f) => f.address)).toEqual(
      Array(3).fill(localA1({ ...(rule?.range ?? { row: 0, column: 0 }), rows: 2, columns: 1 })),
    );
    const byFill = Object.fromEntries(formats.map((f) => [f.format.fill, f.rule]));
    expect(byFill[RAG_FILL.red.fill]).toMatchObject({ operator: 'LessThan', formula1: '=50' });
    expect(byFill[RAG_FILL.amber.fill]).toMatchObject({
      operator: 'Between',
      formula1: '=50',
      formula2: '=100',
    });
    expect(byFill[RAG_FILL.green.fill]).toMatchObject({ operator: 'GreaterThanOrEqual', formula1: '=100' });
    const green = formats.find((f) => f.format.fill === RAG_FILL.green.fill);
    expect(Math.min(...formats.map((f) => f.priority))).toBe(green?.priority);
  });

  test('rows of wrapped text as tall as the plan says (Excel does not re-fit them)', async () => {
    const feedback = feedbackSheetOp({
      name: 'CMO Feedback CMP-1',
      feedback: makeFeedback(),
      report: makeReport(),
      timeZone: 'UTC',
    });
    await host.apply({ ops: [feedback], newSheets: [] });
    const heights = Object.entries(feedback.rowHeights ?? {});
    expect(heights.length).toBeGreaterThan(0);
    const stored = fake.sheet('CMO Feedback CMP-1').rowHeights;
    for (const [row, points] of heights) expect(stored.get(Number(row) - 1)).toBe(Math.min(points, 409));
    expect(stored.size).toBe(heights.length);
  });

  test('a row taller than Excel allows is written at Excel’s 409 points', async () => {
    const feedback = feedbackSheetOp({
      name: 'CMO Feedback CMP-1',
      feedback: makeFeedback(),
      report: makeReport(),
      timeZone: 'UTC',
    });
    await host.apply({ ops: [{ ...feedback, rowHeights: { 3: 600, 4: 600, 5: 30 } }], newSheets: [] });
    const stored = fake.sheet('CMO Feedback CMP-1').rowHeights;
    expect([stored.get(2), stored.get(3), stored.get(4)]).toEqual([409, 409, 30]);
  });

  test('printed portrait, one page wide, over the plan’s area', () => {
    expect(fake.pageLayout(NAME)).toEqual({
      orientation: 'Portrait',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: localA1(report.print.area),
    });
  });

  test('a CMO Feedback sheet too, in the same single sync', async () => {
    fake.resetSyncLog();
    const feedback = feedbackSheetOp({
      name: 'CMO Feedback CMP-1',
      feedback: makeFeedback(),
      report: makeReport(),
      timeZone: 'UTC',
    });
    await host.apply({ ops: [feedback, { kind: 'deleteSheet', name: NAME }], newSheets: [] });
    expect(fake.sheetNames()).toEqual(['Sheet1', 'CMO Feedback CMP-1']);
    expect(writeSyncs(fake)).toHaveLength(1);
  });
});
