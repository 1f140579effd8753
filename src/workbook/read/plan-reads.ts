import { error, type Issue, type SourceCandidate } from '../../engine/issues/issue';
import { quoteSheetName } from '../address/a1';
import type { Inventory, ReadRequest, SourceRef } from '../host';
import { SOURCES, sourceOfName, type SourceKey, type SourceSpec } from '../names/input-sources';

/**
 * The error for a required table the workbook does not have.
 *
 * @example missingTable(spec) // { code: 'missing_table', table: 'Tasks', path: ['tasks'], severity: 'error' }
 */
export function missingTable(spec: SourceSpec): Issue {
  return error([spec.key], { code: 'missing_table', table: spec.label });
}

/** What the workbook has for one input: nothing, one place to read, or several (ambiguous). */
type Choice =
  | { readonly kind: 'none' }
  | { readonly kind: 'one'; readonly source: SourceRef }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly SourceCandidate[] };

/** A table named exactly as the input (case aside, as Excel compares names): `ChannelMetrics`, not `Channel_Metrics`. */
function isExactName(spec: SourceSpec, name: string): boolean {
  return spec.names.some((n) => n.toLowerCase() === name.toLowerCase());
}

function choose(spec: SourceSpec, inventory: Inventory): Choice {
  const tables = inventory.tables.filter((t) => sourceOfName(t.name)?.key === spec.key);
  const homes = new Set(tables.map((t) => t.sheet));
  // A sheet holding a matching table is that table's home, not a second candidate.
  const sheets = inventory.sheets.filter((s) => sourceOfName(s)?.key === spec.key && !homes.has(s));
  const [table] = tables;
  if (tables.length === 1 && table !== undefined && (sheets.length === 0 || isExactName(spec, table.name)))
    return { kind: 'one', source: { kind: 'table', name: table.name } };
  const [sheet] = sheets;
  if (tables.length === 0 && sheets.length === 1 && sheet !== undefined)
    return { kind: 'one', source: { kind: 'sheet', name: sheet } };
  if (tables.length === 0 && sheets.length === 0) return { kind: 'none' };
  return {
    kind: 'ambiguous',
    candidates: [
      ...tables.map((t): SourceCandidate => ({
        kind: 'table',
        name: t.name,
        sheetRef: quoteSheetName(t.sheet),
      })),
      ...sheets.map((s): SourceCandidate => ({ kind: 'sheet', name: s, sheetRef: quoteSheetName(s) })),
    ],
  };
}

/**
 * The places the workbook has for each input, and an `ambiguous_source` error for each input with
 * more than one: two tables, two sheets, or a table not named exactly as the input (a Power Query
 * `Channel_Metrics`) beside a sheet that matches too. Names match with `normalizeName`; a sheet that
 * holds a matching table is that table's home, not a rival; an Excel table named exactly as the
 * input wins over a sheet elsewhere (docs/workbook.md, "Tables or sheets").
 *
 * @example
 * chooseSources({ sheets: ['ChannelMetrics', 'Archive 2025'], tables: [{ name: 'Channel_Metrics', sheet: 'Archive 2025' }] })
 * // issues: [{ code: 'ambiguous_source', table: 'ChannelMetrics', candidates: [table Channel_Metrics, sheet ChannelMetrics] }]
 */
export function chooseSources(inventory: Inventory): {
  readonly found: ReadonlyMap<SourceKey, SourceRef>;
  readonly issues: readonly Issue[];
} {
  const found = new Map<SourceKey, SourceRef>();
  const issues: Issue[] = [];
  for (const spec of SOURCES) {
    const choice = choose(spec, inventory);
    if (choice.kind === 'one') found.set(spec.key, choice.source);
    else if (choice.kind === 'ambiguous')
      issues.push(
        error([spec.key], { code: 'ambiguous_source', table: spec.label, candidates: choice.candidates }),
      );
  }
  return { found, issues };
}

/**
 * Chooses where each input comes from: an Excel table of its name, else a worksheet of its name
 * (`chooseSources`). Issues: `ambiguous_source` for an input with several places (none is read),
 * `missing_table` for a required input with none.
 *
 * @example
 * planReads({ sheets: ['Campaigns', 'Sheet2'], tables: [{ name: 'tasks', sheet: 'Sheet2' }] })
 * // requests: Campaigns (sheet), tasks (table); issues: missing_table for KPIs and ChannelMetrics
 */
export function planReads(inventory: Inventory): { requests: ReadRequest[]; issues: Issue[] } {
  const { found, issues: ambiguous } = chooseSources(inventory);
  const blocked = new Set(ambiguous.map((i) => i.path[0]));
  const requests: ReadRequest[] = [];
  const issues: Issue[] = [...ambiguous];
  for (const spec of SOURCES) {
    const source = found.get(spec.key);
    if (source === undefined) {
      if (spec.required && !blocked.has(spec.key)) issues.push(missingTable(spec));
    } else {
      requests.push(spec.withNumberFormats ? { source, withNumberFormats: true } : { source });
    }
  }
  issues.sort((a, b) => sourceIndex(a) - sourceIndex(b));
  return { requests, issues };
}

const sourceIndex = (issue: Issue): number => SOURCES.findIndex((s) => s.key === issue.path[0]);
