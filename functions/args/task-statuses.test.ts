import { installCustomFunctionsStub, shown } from '../testing/custom-functions-stub';
import { excelValue } from '../errors/excel-error';
import { taskStatuses } from './task-statuses';

installCustomFunctionsStub();

describe('taskStatuses', () => {
  it('reads statuses the way the workbook writes them, blanks left out', () => {
    expect(
      taskStatuses('statuses', [
        ['Completed'],
        [null],
        ['in progress'],
        ['IN_PROGRESS'],
        ['in-progress'],
        [''],
      ]),
    ).toEqual(['completed', 'in_progress', 'in_progress', 'in_progress']);
    expect(taskStatuses('statuses', null)).toEqual([]);
  });

  it.each([['done'], [1], [true]])('refuses %j, naming the statuses', (cell) => {
    expect(shown(() => excelValue(() => taskStatuses('statuses', [['completed'], [cell]])))).toEqual({
      error: '#VALUE!',
      message: `statuses: "${cell === true ? 'TRUE' : String(cell)}" is not a task status (pending, in_progress, completed, blocked, failed and cancelled).`,
    });
  });
});
