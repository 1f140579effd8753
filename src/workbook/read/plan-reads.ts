import { error, type Issue } from '../../engine/issues/issue';
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

/**
 * Chooses where each input comes from: an Excel table of its name, else a worksheet of its name
 * (names match with `normalizeName`). When two tables (or two sheets) match, the first listed wins.
 *
 * @example
 * planReads({ sheets: ['Campaigns', 'Sheet2'], tables: [{ name: 'tasks', sheet: 'Sheet2' }] })
 * // requests: Campaigns (sheet), tasks (table); issues: missing_table for KPIs and ChannelMetrics
 */
export function planReads(inventory: Inventory): { requests: ReadRequest[]; issues: Issue[] } {
  const found = new Map<SourceKey, SourceRef>();
  for (const table of inventory.tables) {
    const spec = sourceOfName(table.name);
    if (spec !== undefined && !found.has(spec.key)) found.set(spec.key, { kind: 'table', name: table.name });
  }
  for (const sheet of inventory.sheets) {
    const spec = sourceOfName(sheet);
    if (spec !== undefined && !found.has(spec.key)) found.set(spec.key, { kind: 'sheet', name: sheet });
  }
  const requests: ReadRequest[] = [];
  const issues: Issue[] = [];
  for (const spec of SOURCES) {
    const source = found.get(spec.key);
    if (source === undefined) {
      if (spec.required) issues.push(missingTable(spec));
    } else {
      requests.push(spec.withNumberFormats ? { source, withNumberFormats: true } : { source });
    }
  }
  return { requests, issues };
}
