import { mergedAreaOf } from './merged-area-of';

describe('mergedAreaOf', () => {
  it.each([
    ['A2:A3', { top: 2, left: 1, bottom: 3, right: 1 }],
    ['$B$2:$C$2', { top: 2, left: 2, bottom: 2, right: 3 }],
    ["'Q3 Tasks'!AA10:AB12", { top: 10, left: 27, bottom: 12, right: 28 }],
    ['Tasks!C5', { top: 5, left: 3, bottom: 5, right: 3 }],
    [' b4:a2 ', { top: 2, left: 1, bottom: 4, right: 2 }],
  ])('%s', (ref, area) => {
    expect(mergedAreaOf(ref)).toEqual(area);
  });

  it.each(['', 'A', 'A2:', '2:3', 'A:B', "'Open!A1"])('%j is none', (ref) => {
    expect(mergedAreaOf(ref)).toBeNull();
  });
});
