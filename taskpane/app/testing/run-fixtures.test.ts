import { cmoFeedbackSchema, executionStatusReportSchema } from '../../../src/engine/report/output-schemas';
import { sampleFeedback, sampleReport } from './run-fixtures';

describe('run fixtures', () => {
  it('are outputs the engine could have produced (they pass the output schemas)', () => {
    expect(executionStatusReportSchema.safeParse(sampleReport()).success).toBe(true);
    expect(cmoFeedbackSchema.safeParse(sampleFeedback()).success).toBe(true);
  });

  it('add up: remaining = allocated - spent, and the task counts make the total', () => {
    const { budget_status: budget, task_summary: tasks } = sampleReport();
    expect(budget.allocated - budget.spent).toBe(budget.remaining);
    const { total, ...counts } = tasks;
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(total);
  });
});
