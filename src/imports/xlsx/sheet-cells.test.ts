import { sheetCells } from './sheet-cells';

const sheet = (rows: string) => `<worksheet><dimension ref="A1"/><sheetData>${rows}</sheetData></worksheet>`;

describe('sheet cells', () => {
  it('reads shared and inline strings, numbers, booleans, errors and formula results, from the first used cell', () => {
    const xml = sheet(
      '<row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="inlineStr"><is><t>Cost</t></is></c></row>' +
        '<row r="3"><c r="B3"><v>45795</v></c><c r="C3" s="1"><v>212.4</v></c><c r="E3" t="b"><v>1</v></c></row>' +
        '<row r="5"><c r="B5" t="e"><v>#N/A</v></c><c r="C5" t="str"><f>A1&amp;"x"</f><v>a&amp;x</v></c><c r="D5"/></row>',
    );
    expect(sheetCells(xml, ['Day'])).toEqual({
      top: 2,
      left: 2,
      cells: [
        ['Day', 'Cost', null, null],
        [45795, 212.4, null, true],
        [null, null, null, null],
        [{ error: '#N/A' }, 'a&x', null, null],
      ],
    });
  });

  it('places rows and cells without an r after the one before', () => {
    expect(
      sheetCells(sheet('<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>'), []),
    ).toEqual({
      top: 1,
      left: 1,
      cells: [
        [1, 2],
        [3, null],
      ],
    });
  });

  it('is null for a sheet without values', () => {
    expect(sheetCells(sheet('<row r="1"><c r="A1" s="2"/></row>'), [])).toBeNull();
    expect(sheetCells('<worksheet/>', [])).toBeNull();
  });
});
