import { readableDuration } from './display-text';

describe('readableDuration', () => {
  it.each([
    ['P1DT6H', '1 d 6 h'],
    ['P2D', '2 d'],
    ['PT45M', '45 min'],
    ['P3DT1H5M', '3 d 1 h 5 min'],
    ['PT0M', '0 min'],
    ['unknown', 'unknown'],
  ])('%s reads %s', (iso, text) => {
    expect(readableDuration(iso)).toBe(text);
  });
});
