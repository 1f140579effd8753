import { IdTape } from './id-tape';

describe('IdTape', () => {
  test('replays what it was given, then makes fresh ids, and records all', () => {
    let n = 0;
    const tape = new IdTape(() => `fresh-${(n += 1)}`, ['a', 'b']);
    expect([tape.next(), tape.next(), tape.next()]).toEqual(['a', 'b', 'fresh-1']);
    expect(tape.used).toEqual(['a', 'b', 'fresh-1']);
  });
});
