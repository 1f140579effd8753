import { REJECTED_UPDATE, TASK_CHANGE, samplePreview } from '../testing/run-fixtures';
import { needsConfirmation } from './needs-confirmation';

describe('needsConfirmation', () => {
  it.each([
    [[TASK_CHANGE], [], true],
    [[], [REJECTED_UPDATE], true],
    [[TASK_CHANGE], [REJECTED_UPDATE], true],
    [[], [], false],
  ] as const)('changes %j, rejections %j → %s', (taskChanges, rejectedUpdates, expected) => {
    expect(needsConfirmation(samplePreview({ taskChanges, rejectedUpdates }))).toBe(expected);
  });
});
