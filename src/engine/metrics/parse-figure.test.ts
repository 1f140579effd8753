import { parseFigure } from './parse-figure';

describe('parseFigure', () => {
  it.each<[string, 'max' | 'min' | null]>([
    ['≤ 80', 'max'],
    ['up to 80', 'max'],
    ['≥ 80', 'min'],
    ['minimum: 80', 'min'],
    ['80', null],
  ])('%j has bound %s', (text, bound) => {
    expect(parseFigure(text)?.bound).toBe(bound);
  });

  it('reads an Actual as written', () => {
    expect(parseFigure('3.2%')).toEqual(expect.objectContaining({ unit: 'percent' }));
    expect(parseFigure('3.2%')?.value.toString()).toBe('3.2');
    expect(parseFigure(15000)?.value.toString()).toBe('15000');
    expect(parseFigure('n/a')).toBeNull();
  });
});
