import { parseRangeRef, rangeRef, type Box } from '../sheet-box';
import {
  decodeExcelEscapes,
  decodeXml,
  elements,
  escapeAttribute,
  escapeCellText,
  firstElement,
  rootPrefix,
  withAttributes,
} from '../xml/xml-text';
import { PackageError } from '../package-error';

export interface TableColumn {
  readonly id: number;
  readonly name: string;
  /** The formula of a calculated column, as the table part holds it. */
  readonly calculatedFormula: string | null;
}

/** What the CLI needs of a table part (`xl/tables/table1.xml`). */
export interface TablePart {
  readonly part: string;
  readonly id: number;
  /** The name formulas use (`displayName`), which Excel shows as the table's name. */
  readonly name: string;
  readonly box: Box;
  readonly headerRows: number;
  readonly totalsRows: number;
  readonly columns: readonly TableColumn[];
  readonly xml: string;
}

/**
 * Reads a table part. A table without `headerRowCount` has a header row (Excel's default); one
 * without `tableStyleInfo` (as LibreOffice writes them) is as good as any.
 *
 * @example parseTablePart('xl/tables/table1.xml', xml).box // { top: 1, left: 1, bottom: 17, right: 16 }
 */
export function parseTablePart(part: string, xml: string): TablePart {
  const p = rootPrefix(xml);
  const table = firstElement(xml, p, 'table');
  const box = table === undefined ? null : parseRangeRef(table.attributes['ref'] ?? '');
  if (table === undefined || box === null)
    throw new PackageError({ code: 'bad_xml', part, detail: 'a table without a range' });
  const a = table.attributes;
  const columns: TableColumn[] = [];
  for (const c of elements(xml, p, 'tableColumn')) {
    const formula = c.selfClosing
      ? undefined
      : firstElement(xml.slice(c.openEnd, c.innerEnd), p, 'calculatedColumnFormula');
    const inner = xml.slice(c.openEnd, c.innerEnd);
    columns.push({
      id: Number(c.attributes['id'] ?? columns.length + 1),
      name: decodeExcelEscapes(c.attributes['name'] ?? ''),
      calculatedFormula:
        formula === undefined || formula.selfClosing
          ? null
          : decodeXml(inner.slice(formula.openEnd, formula.innerEnd)),
    });
  }
  return {
    part,
    id: Number(a['id'] ?? 0),
    name: a['displayName'] ?? a['name'] ?? '',
    box,
    headerRows: Number(a['headerRowCount'] ?? 1),
    totalsRows: Number(a['totalsRowCount'] ?? 0),
    columns,
    xml,
  };
}

/**
 * First and last data row of a table (the last is `first - 1` when it has none).
 *
 * @example dataRows(table) // { first: 2, last: 17 }
 */
export function dataRows(table: TablePart): { first: number; last: number } {
  return { first: table.box.top + table.headerRows, last: table.box.bottom - table.totalsRows };
}

/**
 * The table part's text with a new range (and its filter range, which leaves out a totals row),
 * and with columns added at its right. Every other element and attribute is kept.
 *
 * @example resizedTableXml(table, { ...table.box, bottom: 20 }, []) // ref="A1:D20", autoFilter ref="A1:D20"
 */
export function resizedTableXml(table: TablePart, box: Box, newColumns: readonly string[]): string {
  const p = rootPrefix(table.xml);
  let xml = table.xml;
  const root = firstElement(xml, p, 'table');
  if (root === undefined) return xml;
  xml = withAttributes(xml, root.start, { ref: rangeRef(box) });
  const filter = firstElement(xml, p, 'autoFilter');
  if (filter !== undefined)
    xml = withAttributes(xml, filter.start, {
      ref: rangeRef({ ...box, bottom: box.bottom - table.totalsRows }),
    });
  if (newColumns.length > 0) {
    const list = firstElement(xml, p, 'tableColumns');
    if (list === undefined || list.selfClosing) return xml;
    let id = Math.max(0, ...table.columns.map((c) => c.id));
    const added = newColumns
      .map(
        (name) =>
          `<${p === '' ? '' : `${p}:`}tableColumn id="${(id += 1)}" name="${escapeAttribute(escapeCellText(name))}"/>`,
      )
      .join('');
    const count = table.columns.length + newColumns.length;
    xml = `${xml.slice(0, list.innerEnd)}${added}${xml.slice(list.innerEnd)}`;
    xml = withAttributes(xml, list.start, { count: String(count) });
  }
  return xml;
}
