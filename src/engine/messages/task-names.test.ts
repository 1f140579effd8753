import { makeTask } from '../testing/fixtures';
import { taskCount, taskList, taskName } from './task-names';

describe('task names', () => {
  const tasks = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((id) => makeTask(id, { title: `Do ${id}` }));

  it('names a task by id and title', () => {
    expect(taskName(makeTask('T3', { title: 'Launch\tpage' }))).toBe('T3 “Launch\\tpage”');
  });

  it('lists tasks, at most five, unknown ones by id', () => {
    expect(taskList(['A', 'X'], tasks)).toBe('A “Do A” and X');
    expect(taskList(['A', 'B', 'C', 'D', 'E', 'F', 'G'], tasks)).toBe(
      'A “Do A”, B “Do B”, C “Do C”, D “Do D”, E “Do E” and 2 more',
    );
  });

  it('counts tasks', () => {
    expect([taskCount(1), taskCount(2)]).toEqual(['1 task', '2 tasks']);
  });
});
