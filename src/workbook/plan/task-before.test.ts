import fc from 'fast-check';
import { TASK_STATUSES } from '../../engine/model/statuses';
import { beforeJson, parseBefore, type TaskBefore } from './task-before';

/** JSON has no negative zero. */
const plain = (x: number) => (x === 0 ? 0 : x);
const instant = fc.option(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }), {
  nil: null,
});
const before: fc.Arbitrary<TaskBefore> = fc.record({
  status: fc.constantFrom(...TASK_STATUSES),
  startedAt: instant,
  completedAt: instant,
  blockedSince: instant,
  blocker: fc.option(fc.string(), { nil: null }),
  attempts: fc.nat(20),
  actualHours: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }).map(plain), { nil: null }),
  actualResult: fc.option(
    fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }).map(plain)),
    { nil: null },
  ),
});

describe('Before column', () => {
  test('reads back what it wrote', () => {
    fc.assert(fc.property(before, (b) => expect(parseBefore(beforeJson(b))).toEqual(b)));
  });

  test('keeps instants as ISO 8601 UTC text', () => {
    const text = beforeJson({
      status: 'in_progress',
      startedAt: Date.UTC(2026, 10, 20, 9),
      completedAt: null,
      blockedSince: null,
      blocker: null,
      attempts: 1,
      actualHours: 2.5,
      actualResult: '=SUM(A1)',
    });
    expect(text).toBe(
      '{"status":"in_progress","startedAt":"2026-11-20T09:00:00.000Z","completedAt":null,"blockedSince":null,"blocker":null,"attempts":1,"actualHours":2.5,"actualResult":"=SUM(A1)"}',
    );
  });

  test.each([null, '', 'not json', '{"status":"done"}', '[]', '{"status":"pending"}'])(
    '%p is no Before',
    (text) => {
      expect(parseBefore(text)).toBeNull();
    },
  );
});
