import { droppedPartsText } from './dropped-parts';

describe('droppedPartsText', () => {
  it.each([
    [{ charts: 0, pivotTables: 0, slicers: 0 }, null],
    [{ charts: 1, pivotTables: 0, slicers: 0 }, '1 chart'],
    [{ charts: 2, pivotTables: 1, slicers: 0 }, '2 charts and 1 pivot table'],
    [{ charts: 2, pivotTables: 3, slicers: 1 }, '2 charts, 3 pivot tables and 1 slicer'],
  ])('%j → %s', (parts, text) => {
    expect(droppedPartsText(parts)).toBe(text);
  });
});
