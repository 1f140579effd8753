import { issue, type Issue, type Severity } from '../../engine/issues/issue';
import { columnLetters } from '../address/a1';
import type { MergedArea, RawTable } from '../host';

export interface MergeFindings {
  readonly issues: Issue[];
  /** Data cells covered by a merge (not its first), as `row:column` indexes into `raw.rows`. */
  readonly covered: ReadonlySet<string>;
}

const local = (m: MergedArea): string =>
  `${columnLetters(m.left)}${m.top}:${columnLetters(m.right)}${m.bottom}`;

/**
 * `merged_cells` for each merged area inside a table that matters: one touching the header row,
 * or one over a column the tool reads in a row it reads (a merge over unknown columns only, or over
 * blank rows only, is left alone). The issue is at the area's first row and first known column.
 * The cells it covers are returned too, so the reader does not also call them blank.
 *
 * @example mergedCells(raw, key, label, columns, sheetRows).issues[0] // { code: 'merged_cells', range: 'A3:A4', path: ['tasks', 1, 'taskId'], … }
 */
export function mergedCells(
  raw: RawTable,
  table: { readonly key: string; readonly label: string; readonly severity: Severity },
  columns: ReadonlyMap<string, number>,
  modelRowOf: (rawRow: number) => number | undefined,
): MergeFindings {
  const issues: Issue[] = [];
  const covered = new Set<string>();
  const first = raw.firstColumn;
  const last = raw.firstColumn + raw.header.length - 1;
  const bottom = raw.headerRow + raw.rows.length;
  for (const m of raw.merges ?? []) {
    if (m.bottom < raw.headerRow || m.top > bottom || m.right < first || m.left > last) continue;
    if (m.top === m.bottom && m.left === m.right) continue;
    const known = [...columns].filter(([, i]) => first + i >= m.left && first + i <= m.right);
    const field = known.sort((a, b) => a[1] - b[1])[0]?.[0];
    for (let r = Math.max(m.top, raw.headerRow + 1); r <= Math.min(m.bottom, bottom); r += 1)
      for (let c = Math.max(m.left, first); c <= Math.min(m.right, last); c += 1)
        if (r !== m.top || c !== m.left) covered.add(`${r - raw.headerRow - 1}:${c - first}`);
    const detail = { code: 'merged_cells', table: table.label, range: local(m) } as const;
    if (m.top <= raw.headerRow) {
      issues.push(issue(table.severity, field === undefined ? [table.key] : [table.key, field], detail));
      continue;
    }
    if (field === undefined) continue;
    let row: number | undefined;
    for (let r = m.top; r <= Math.min(m.bottom, bottom) && row === undefined; r += 1)
      row = modelRowOf(r - raw.headerRow - 1);
    if (row !== undefined) issues.push(issue(table.severity, [table.key, row, field], detail));
  }
  return { issues, covered };
}
