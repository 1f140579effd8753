import { sheetCells } from './sheet-cells';

const sheet = (rows: string) => `<worksheet><dimension ref="A1"/><sheetData>${rows}</sheetData></worksheet>`;

describe('sheet cells', () => {
  it('reads shared and inline strings, numbers, booleans, errors and formula results, from the first used cell, each row to its last value', () => {
    const xml = sheet(
      '<row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="inlineStr"><is><t>Cost</t></is></c></row>' +
        '<row r="3"><c r="B3"><v>45795</v></c><c r="C3" s="1"><v>212.4</v></c><c r="E3" t="b"><v>1</v></c></row>' +
        '<row r="5"><c r="B5" t="e"><v>#N/A</v></c><c r="C5" t="str"><f>A1&amp;"x"</f><v>a&amp;x</v></c><c r="D5"/></row>',
    );
    expect(sheetCells(xml, ['Day'])).toEqual({
      top: 2,
      left: 2,
      cells: [['Day', 'Cost'], [45795, 212.4, null, true], [], [{ error: '#N/A' }, 'a&x']],
    });
  });

  it('places rows and cells without an r after the one before', () => {
    expect(
      sheetCells(sheet('<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>'), []),
    ).toEqual({
      top: 1,
      left: 1,
      cells: [[1, 2], [3]],
    });
  });

  it('is null for a sheet without values', () => {
    expect(sheetCells(sheet('<row r="1"><c r="A1" s="2"/></row>'), [])).toBeNull();
    expect(sheetCells('<worksheet/>', [])).toBeNull();
  });
  it('reads 200,000 rows with a stray note far right and far down, without a rectangle of blanks', () => {
    const rows = [
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Day</t></is></c><c r="B1" t="inlineStr"><is><t>Impressions</t></is></c><c r="C1" t="inlineStr"><is><t>Clicks</t></is></c><c r="D1" t="inlineStr"><is><t>Cost</t></is></c><c r="E1" t="inlineStr"><is><t>Channel</t></is></c></row>',
    ];
    for (let r = 2; r <= 200_001; r++)
      rows.push(
        `<row r="${r}"><c r="A${r}"><v>${46342 + (r % 30)}</v></c><c r="B${r}"><v>10</v></c><c r="C${r}"><v>1</v></c><c r="D${r}"><v>0.5</v></c><c r="E${r}" t="inlineStr"><is><t>Search</t></is></c></row>`,
      );
    rows.push('<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>note</t></is></c></row>');
    const grid = sheetCells(`<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`, []);
    expect(grid?.cells).toHaveLength(1048576);
    expect(grid?.cells[1]).toEqual([46344, 10, 1, 0.5, 'Search']);
    expect(grid?.cells[300_000]).toEqual([]);
    expect(grid?.cells.at(-1)).toHaveLength(16384);
  });
});
