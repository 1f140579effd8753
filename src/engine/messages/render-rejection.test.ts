import { IN_WORDS, outcomeText, renderRejection } from './render-rejection';

describe('renderRejection', () => {
  const illegal = { code: 'illegal_transition', from: 'completed', to: 'in_progress' } as const;
  const waiting = {
    code: 'unmet_dependencies',
    dependencies: [{ taskId: 'T06', status: 'in_progress' }],
  } as const;

  test('statuses as the workbook spells them, in the Outcome cell', () => {
    expect(outcomeText(illegal)).toBe('rejected: a completed task cannot become in_progress');
    expect(renderRejection(waiting)).toBe(
      'waiting on T06 (in_progress); a task starts when every task it depends on is completed',
    );
  });

  test('statuses in words for the task pane; a retry stays a retry', () => {
    expect(renderRejection(illegal, IN_WORDS)).toBe('a completed task cannot become in progress');
    expect(renderRejection(waiting, IN_WORDS)).toMatch(/^waiting on T06 \(in progress\);/);
    expect(renderRejection({ ...illegal, to: 'retry' }, IN_WORDS)).toBe(
      'a completed task cannot become retry',
    );
  });
});
