import type { AddressedIssue } from '../../../src/workbook/describe/describe-issues';

/**
 * Errors before warnings, each keeping the order the host gave (sheet, row, column).
 *
 * @example errorsFirst([warning, error]) // [error, warning]
 */
export function errorsFirst(issues: readonly AddressedIssue[]): AddressedIssue[] {
  return [...issues.filter((i) => i.severity === 'error'), ...issues.filter((i) => i.severity !== 'error')];
}
