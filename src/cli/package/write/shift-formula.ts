import { columnLetters, columnNumber } from '../../../workbook/address/a1';

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

/**
 * A formula's relative references moved by `rows` and `columns`, as Excel moves them when it copies
 * a formula (or fills a shared formula) from one cell to another: `$`-anchored parts stay, text in
 * quotes, quoted sheet names and structured references (`Table[[#This Row],[Hours]]`) are left as
 * they are. A reference moved off the sheet becomes `#REF!`.
 *
 * @example shiftFormula('SUM(A2:B2)*$C$1', 3, 0) // 'SUM(A5:B5)*$C$1'
 * @example shiftFormula('"B2"&B2', 1, 1) // '"B2"&C3'
 * @example shiftFormula('TaskLog[[#This Row],[Hours]]*2', 4, 0) // 'TaskLog[[#This Row],[Hours]]*2'
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  let out = '';
  let at = 0;
  const reference = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w(!.])/y;
  const wholeColumns = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![\w(])/y;
  const wholeRows = /(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![\w(.])/y;
  const shiftRow = (anchored: string, row: string) => {
    const n = anchored === '$' ? Number(row) : Number(row) + rows;
    return n < 1 || n > MAX_ROW ? null : `${anchored}${n}`;
  };
  const shiftColumn = (anchored: string, letters: string) => {
    const n = anchored === '$' ? columnNumber(letters) : columnNumber(letters) + columns;
    return n < 1 || n > MAX_COLUMN ? null : `${anchored}${columnLetters(n)}`;
  };
  while (at < formula.length) {
    const ch = formula[at] ?? '';
    if (ch === '"' || ch === "'") {
      let end = at + 1;
      for (;;) {
        const close = formula.indexOf(ch, end);
        if (close < 0) {
          end = formula.length;
          break;
        }
        if (formula[close + 1] === ch) {
          end = close + 2;
          continue;
        }
        end = close + 1;
        break;
      }
      out += formula.slice(at, end);
      at = end;
      continue;
    }
    if (ch === '[') {
      let depth = 0;
      let end = at;
      for (; end < formula.length; end++) {
        if (formula[end] === '[') depth++;
        else if (formula[end] === ']' && --depth === 0) break;
      }
      out += formula.slice(at, end + 1);
      at = end + 1;
      continue;
    }
    const before = at === 0 ? '' : (formula[at - 1] ?? '');
    let matched = false;
    if (!/[\w.$]/.test(before)) {
      for (const pattern of [wholeColumns, reference, wholeRows]) {
        pattern.lastIndex = at;
        const m = pattern.exec(formula);
        if (m === null) continue;
        const [whole, a1 = '', p1 = '', a2 = '', p2 = ''] = m;
        let shifted: string | null;
        if (pattern === reference) {
          const c = shiftColumn(a1, p1);
          const r = shiftRow(a2, p2);
          shifted = c === null || r === null ? null : `${c}${r}`;
        } else if (pattern === wholeColumns) {
          const c1 = shiftColumn(a1, p1);
          const c2 = shiftColumn(a2, p2);
          shifted = c1 === null || c2 === null ? null : `${c1}:${c2}`;
        } else {
          const r1 = shiftRow(a1, p1);
          const r2 = shiftRow(a2, p2);
          shifted = r1 === null || r2 === null ? null : `${r1}:${r2}`;
        }
        out += shifted ?? '#REF!';
        at += whole.length;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    out += ch;
    at++;
  }
  return out;
}
