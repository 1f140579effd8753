import { baseBook, withCell, withRow, withRows, type Book } from './hostile-book';

/**
 * The baseline with one payload in every free-text column of every input table: Campaign ID (every
 * reference too), Mission ID, Name, T-4's Task ID, every Title, Expected and Actual Result, Blocker,
 * a KPI's Metric, a Channel, TaskUpdates Result, Blockers and (on a row of its own) New Status, and
 * a Settings key. Four updates apply (T-2 completed with the payload as its result, T-3 started,
 * then blocked with the payload as its blocker, the payload-named task cancelled); the one with the
 * payload as New Status is refused.
 */
export function injectedBook(payload: string): Book {
  let book = baseBook();
  const set = (sheet: string, row: number, column: string) =>
    (book = withCell(book, sheet, row, column, payload));
  set('Campaigns', 1, 'Campaign ID');
  set('Campaigns', 1, 'Mission ID');
  set('Campaigns', 1, 'Name');
  for (const row of [1, 2, 3, 4]) {
    set('Tasks', row, 'Campaign ID');
    set('Tasks', row, 'Title');
  }
  set('Tasks', 4, 'Task ID');
  set('Tasks', 1, 'Expected Result');
  set('Tasks', 1, 'Actual Result');
  set('Tasks', 4, 'Blocker');
  for (const row of [1, 2]) set('KPIs', row, 'Campaign ID');
  book = withRow(book, 'KPIs', { 'Campaign ID': payload, Metric: payload, Target: 10, Type: 'secondary' });
  for (const row of [1, 2]) set('ChannelMetrics', row, 'Campaign ID');
  set('ChannelMetrics', 1, 'Channel');
  set('TaskUpdates', 1, 'Result');
  book = withRow(book, 'TaskUpdates', {
    'Task ID': 'T-3',
    'New Status': 'blocked',
    Blockers: payload,
    'Updated At': '2026-11-19 11:00',
  });
  book = withRow(book, 'TaskUpdates', {
    'Task ID': 'T-1',
    'New Status': payload,
    'Updated At': '2026-11-19 12:00',
  });
  book = withRow(book, 'TaskUpdates', {
    'Task ID': payload,
    'New Status': 'cancelled',
    Result: 'Priorities changed',
    'Updated At': '2026-11-19 13:00',
  });
  return withRows(book, 'Settings', [...(book.Settings?.rows ?? []), [payload, 'x']]);
}
