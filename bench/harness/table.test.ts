import { mb, ms, renderTable, verdict } from './table';

describe('the bench table', () => {
  it('pads every column to its widest cell', () => {
    const text = renderTable([
      { area: 'engine', workload: '1k tasks', figure: 'time', value: '12 ms', target: '—', verdict: 'info' },
      {
        area: 'cli',
        workload: '100k rows',
        figure: 'ratio',
        value: '1.27×',
        target: '≤ 1.5×',
        verdict: 'ok',
      },
    ]);
    expect(text.split('\n')).toEqual([
      '| area   | workload  | figure | value | target | verdict |',
      '| ------ | --------- | ------ | ----- | ------ | ------- |',
      '| engine | 1k tasks  | time   | 12 ms | —      | info    |',
      '| cli    | 100k rows | ratio  | 1.27× | ≤ 1.5× | ok      |',
    ]);
  });

  it.each([
    [1999, 2000, 'ok'],
    [2000, 2000, 'ok'],
    [2001, 2000, 'MISSED'],
  ])('%d against a limit of %d is %s', (value, limit, expected) => {
    expect(verdict(value, limit)).toBe(expected);
  });

  it('writes times and sizes for people', () => {
    expect([ms(612.4), ms(1234.5), ms(22_700)]).toEqual(['612 ms', '1,235 ms', '22.7 s']);
    expect(mb(1677.6)).toBe('1,678 MB');
  });
});
