import { cmoFeedbackSchema } from '../../engine/report/output-schemas';
import { makeFeedback, makeReport } from '../../../test/fixtures/track-fixture';
import { cellAt, cellWith, jsonText, valueOf } from '../../../test/fixtures/plan-cells';
import { feedbackSheetOp } from './feedback-sheet';

const op = (feedback = makeFeedback(), report = makeReport()) =>
  feedbackSheetOp({ name: 'CMO Feedback CMP-1 2026-11-24', feedback, report, timeZone: 'UTC' });

describe('CMO Feedback sheet', () => {
  it('the fixture is valid feedback', () => {
    expect(cmoFeedbackSchema.safeParse(makeFeedback()).success).toBe(true);
  });

  it('heads with the campaign, the status banner, confidence and the execution result', () => {
    const sheet = op();
    expect(cellAt(sheet, 1, 1)?.value).toBe('CMO Feedback — Launch');
    expect(cellAt(sheet, 2, 1)).toMatchObject({
      value: 'Overall status: At risk',
      style: { fill: '#F9A825' },
    });
    expect(valueOf(sheet, 'Confidence in data')).toMatchObject({ value: 82, numberFormat: '0" / 100"' });
    // 2026-11-23 is serial 46349 (46350 is the 24th).
    expect(valueOf(sheet, 'Data as of')).toMatchObject({ value: 46349, numberFormat: 'yyyy-mm-dd' });
    expect(valueOf(sheet, 'Summary')?.value).toBe(makeFeedback().execution_result);
  });

  it('lists the metrics with formats and labels; pending ones as their text', () => {
    const sheet = op();
    const row = (label: string) => {
      const c = cellWith(sheet, label);
      return [cellAt(sheet, c.row, 2), cellAt(sheet, c.row, 3)?.value];
    };
    expect(row('Cost')).toEqual([
      expect.objectContaining({ value: 2100.5, numberFormat: '#,##0.00 "USD"' }),
      '[ESTIMATED]',
    ]);
    expect(row('CTR')).toEqual([
      expect.objectContaining({ value: 0.7, numberFormat: '0.0"%"' }),
      '[MEASURED]',
    ]);
    expect(row('ROAS')).toEqual([
      expect.objectContaining({ value: 'DATA PENDING — ETA: 2026-11-25' }),
      '[PENDING]',
    ]);
  });

  it('shows learnings with their label, issues by severity, numbered recommendations', () => {
    const feedback = makeFeedback({
      issues: [
        { description: 'minor', severity: 3, impact: 'i', resolution: 'r' },
        { description: 'major', severity: 9, impact: 'i', resolution: 'r' },
      ],
    });
    const sheet = op(feedback);
    const learning = cellWith(sheet, feedback.learnings[0] ?? '');
    expect(cellAt(sheet, learning.row, 1)?.value).toBe('[MEASURED]');
    const header = cellWith(sheet, 'Severity (1–10)');
    expect(cellAt(sheet, header.row + 1, 1)).toMatchObject({ value: 9, style: { fill: '#C62828' } });
    expect(cellAt(sheet, header.row + 2, 2)?.value).toBe('minor');
    const rec = cellWith(sheet, 'Shift $300.00 from Display to LinkedIn.');
    expect(cellAt(sheet, rec.row, 1)?.value).toBe(1);
  });

  it('ends with the JSON, which reads back as the feedback', () => {
    const feedback = makeFeedback({ execution_result: 'é😀'.repeat(40_000) });
    expect(JSON.parse(jsonText(op(feedback)))).toEqual(feedback);
  });
});
