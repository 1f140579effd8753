import { issue, type Issue, type Severity } from '../../engine/issues/issue';
import { isCellError, type RawCell } from '../host';
import { normalizeName } from '../names/normalize-name';

/** Where each known field's column is, as an index into the header (and into every row). */
export interface Header<F extends string> {
  readonly columns: ReadonlyMap<F, number>;
  readonly issues: readonly Issue[];
  /** The header row has no name at all. */
  readonly empty: boolean;
}

export interface HeaderSpec<F extends string> {
  /** Model key of the table, first in issue paths (`tasks`). */
  readonly key: string;
  /** The table's name in messages (`Tasks`). */
  readonly label: string;
  /** Column header of each field (from `FIELD_LABELS`). */
  readonly labels: Readonly<Record<F, string>>;
  readonly required: readonly F[];
  readonly severity: Severity;
}

function headerText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined || isCellError(cell)) return '';
  return typeof cell === 'string' ? cell.trim() : String(cell);
}

/**
 * Finds the known columns of a header row by their normalised names (any order; unknown and blank
 * header cells are left alone). A known name twice is `duplicate_column` (the first is used); a
 * required field without a column is `missing_column`, one issue per column; a header row with no
 * name at all is `empty_header`.
 *
 * @example readHeader(['Task ID', 'notes', 'STATUS'], spec).columns // Map { taskId → 0, status → 2 }
 */
export function readHeader<F extends string>(header: readonly RawCell[], spec: HeaderSpec<F>): Header<F> {
  const byName = new Map<string, F>();
  for (const field of Object.keys(spec.labels) as F[]) byName.set(normalizeName(spec.labels[field]), field);
  const columns = new Map<F, number>();
  const duplicates = new Set<F>();
  const issues: Issue[] = [];
  let named = false;
  header.forEach((cell, index) => {
    const text = headerText(cell);
    if (text === '') return;
    named = true;
    const field = byName.get(normalizeName(text));
    if (field === undefined) return;
    if (!columns.has(field)) columns.set(field, index);
    else if (!duplicates.has(field)) {
      duplicates.add(field);
      issues.push(
        issue(spec.severity, [spec.key, field], {
          code: 'duplicate_column',
          table: spec.label,
          column: spec.labels[field],
        }),
      );
    }
  });
  if (!named) {
    return {
      columns,
      empty: true,
      issues: [issue(spec.severity, [spec.key], { code: 'empty_header', table: spec.label })],
    };
  }
  for (const field of spec.required) {
    if (!columns.has(field)) {
      issues.push(
        issue(spec.severity, [spec.key, field], {
          code: 'missing_column',
          table: spec.label,
          column: spec.labels[field],
        }),
      );
    }
  }
  return { columns, empty: false, issues };
}
