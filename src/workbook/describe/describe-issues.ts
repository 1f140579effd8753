import type { Issue, Severity } from '../../engine/issues/issue';
import { locateByRow, renderIssue } from '../../engine/messages/render-issue';
import { addressOf, type CellAddress } from '../address/address-of';
import { SOURCES, sourceOfKey, sourceRank } from '../names/input-sources';
import type { SourceMap } from '../source-map';

/** An issue as hosts show it: `Tasks!D7: Status "done" is not one of …`. */
export interface AddressedIssue {
  readonly severity: Severity;
  readonly address: CellAddress | null;
  readonly text: string;
}

/**
 * Renders issues for people, each prefixed by its cell address (or, without one, its table's name),
 * with references to other places (a duplicate's first occurrence) as addresses too. Errors come
 * first, then warnings, each in sheet, row and column order. The one renderer every host uses.
 *
 * @example describeIssues(result.issues, result.sourceMap)[0].text
 * // 'Tasks!D7: Status "done" is not one of pending, in_progress, completed, blocked, failed, cancelled'
 */
export function describeIssues(issues: readonly Issue[], sourceMap: SourceMap): AddressedIssue[] {
  const sheetRank = new Map<string, number>();
  SOURCES.forEach((spec, rank) => {
    const location = Object.prototype.hasOwnProperty.call(sourceMap, spec.key)
      ? sourceMap[spec.key]
      : undefined;
    if (location !== undefined && !sheetRank.has(location.sheet)) sheetRank.set(location.sheet, rank);
  });
  const locate = (path: Issue['path']): string => addressOf(sourceMap, path)?.a1 ?? locateByRow(path);
  const described = issues.map((issue, index) => {
    const address = addressOf(sourceMap, issue.path);
    const table = issue.path[0];
    const prefix = address?.a1 ?? sourceOfKey(table)?.label ?? (typeof table === 'string' ? table : '');
    const message = renderIssue(issue, locate);
    const order = [
      issue.severity === 'error' ? 0 : 1,
      address === null ? sourceRank(table) : (sheetRank.get(address.sheet) ?? SOURCES.length),
      address?.row ?? 0,
      address?.column ?? 0,
      index,
    ];
    return {
      severity: issue.severity,
      address,
      text: prefix === '' ? message : `${prefix}: ${message}`,
      order,
    };
  });
  described.sort((a, b) => {
    for (let k = 0; k < a.order.length; k += 1) {
      const d = (a.order[k] ?? 0) - (b.order[k] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  });
  return described.map(({ severity, address, text }) => ({ severity, address, text }));
}
