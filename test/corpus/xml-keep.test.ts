import { keptIssues } from './xml-keep';

const NS = 'xmlns="urn:s"';

describe('keptIssues', () => {
  it('accepts a new version that only adds elements and attributes', () => {
    const before = `<workbook ${NS}><sheets><sheet name="A" r:id="rId1" xmlns:r="urn:r"/></sheets><calcPr calcId="1"/></workbook>`;
    const after = `<workbook ${NS} xmlns:r="urn:r"><sheets><sheet name="A" r:id="rId1"/><sheet name="Tasks" r:id="rId9"/></sheets><calcPr calcId="1" fullCalcOnLoad="1"/></workbook>`;
    expect(keptIssues(before, after, { order: { sheets: 'prefix' } })).toEqual([]);
  });

  it('names a lost element, a lost attribute, a changed value and changed text', () => {
    const before = `<workbook ${NS}><bookViews><workbookView activeTab="1" firstSheet="0"/></bookViews><definedNames><definedName name="Rate" localSheetId="1">0.2</definedName><definedName name="Total">Sheet1!$A$1</definedName></definedNames></workbook>`;
    const after = `<workbook ${NS}><bookViews><workbookView activeTab="4"/></bookViews><definedNames><definedName name="Rate">0.2</definedName><definedName name="Total">Sheet1!$B$1</definedName></definedNames></workbook>`;
    expect(keptIssues(before, after, { order: { definedNames: 'unordered' } })).toEqual([
      '/workbook/bookViews/workbookView/@activeTab: "1" became "4"',
      '/workbook/bookViews/workbookView/@firstSheet: removed (was "0")',
      '/workbook/definedNames/definedName[name="Rate" localSheetId="1"]: missing',
      '/workbook/definedNames/definedName[name="Total"]: text "Sheet1!$A$1" became "Sheet1!$B$1"',
    ]);
  });

  it('in prefix order, refuses a record inserted before the originals (their indices move)', () => {
    const before = `<styleSheet ${NS}><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
    const appended = `<styleSheet ${NS}><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="4"/></cellXfs></styleSheet>`;
    const inserted = `<styleSheet ${NS}><cellXfs count="3"><xf numFmtId="4"/><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
    const rules = { order: { cellXfs: 'prefix' as const }, mutableAttributes: ['count'] };
    expect(keptIssues(before, appended, rules)).toEqual([]);
    expect(keptIssues(before, inserted, rules)).toEqual([
      '/styleSheet/cellXfs/xf[1]/@numFmtId: "0" became "4"',
      '/styleSheet/cellXfs/xf[2]/@numFmtId: "14" became "0"',
    ]);
    expect(keptIssues(before, appended, { order: { cellXfs: 'prefix' } })).toEqual([
      '/styleSheet/cellXfs/@count: "2" became "3"',
    ]);
  });

  it('in the default order, refuses originals that changed places', () => {
    const before = `<a ${NS}><b/><c/></a>`;
    expect(keptIssues(before, `<a ${NS}><b/><x/><c/></a>`, {})).toEqual([]);
    expect(keptIssues(before, `<a ${NS}><c/><b/></a>`, {})).toEqual(['/a/c: moved out of order']);
    expect(keptIssues(before, `<a ${NS}><c/><b/></a>`, { order: { a: 'unordered' } })).toEqual([]);
  });

  it('does not look inside elements the writer owns whole', () => {
    const before = `<Properties ${NS}><Company>ACME</Company><TitlesOfParts><s>Sheet1</s></TitlesOfParts></Properties>`;
    const after = `<Properties ${NS}><Company>ACME</Company><TitlesOfParts><s>Sheet1</s><s>Tasks</s></TitlesOfParts></Properties>`;
    expect(keptIssues(before, after, { free: ['TitlesOfParts'] })).toEqual([]);
    expect(keptIssues(before, after.replace('ACME', 'Other'), { free: ['TitlesOfParts'] })).toEqual([
      '/Properties/Company: text "ACME" became "Other"',
    ]);
  });

  it('compares namespaces, not prefixes', () => {
    const before = '<x:sst xmlns:x="urn:s"><x:si><x:t>a</x:t></x:si></x:sst>';
    expect(keptIssues(before, `<sst ${NS}><si><t>a</t></si><si><t>b</t></si></sst>`, {})).toEqual([]);
    expect(keptIssues(before, '<sst xmlns="urn:other"><si><t>a</t></si></sst>', {})).toEqual([
      '/sst: the root is now {urn:other}sst',
    ]);
  });
});
