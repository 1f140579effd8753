import { makeTask } from '../testing/fixtures';
import { analyzeParts } from '../testing/analyze-parts';
import { renderFailedTaskEscalation } from './render-failed-task-escalation';

describe('renderFailedTaskEscalation', () => {
  it('words failed tasks by their impact', () => {
    const a = analyzeParts({
      tasks: [
        makeTask('T1', { title: 'A/B test', status: 'failed', attempts: 3 }),
        makeTask('T2', { title: 'Rollout', dependsOn: ['T1'] }),
        makeTask('T3', { title: 'Press kit', status: 'failed', attempts: 1, critical: true }),
        makeTask('T4', { title: 'Survey', status: 'failed', attempts: 3 }),
      ],
    });
    const texts = a.escalations.map((e) => e.code === 'task_failed' && renderFailedTaskEscalation(e, a));
    expect(texts).toEqual([
      {
        description: 'Task T1 “A/B test” failed after 3 attempts; it holds up 1 task: T2 “Rollout”.',
        recommendedAction:
          'Decide now whether to retry T1 with a changed approach, replace it, or re-plan T2 “Rollout” without it; write down the cause in its Actual Result.',
      },
      {
        description: 'Critical task T3 “Press kit” failed after 1 attempt; no unfinished task depends on it.',
        recommendedAction:
          'Decide now how the campaign gets what critical task T3 was meant to deliver: retry it with a changed approach or agree a replacement with the CMO.',
      },
      {
        description: 'Task T4 “Survey” failed after 3 attempts; no unfinished task depends on it.',
        recommendedAction:
          'Write down why T4 failed and decide whether the work is still needed; nothing else waits on it.',
      },
    ]);
  });
});
