/// <reference types="office-js" />
import type { Instant } from '../../engine/model/primitives';
import { describeIssues } from '../../workbook/describe/describe-issues';
import { readWorkbook, type ReadWorkbookResult } from '../../workbook/read/read-workbook';
import type { InputProblems } from '../operator-actions';
import type { OfficeWorkbookHost } from '../host/office-workbook-host';

/** What every action needs: the host over the open workbook, the clock and an id maker. */
export interface ActionContext {
  readonly host: OfficeWorkbookHost;
  readonly now: () => Instant;
  readonly newId: () => string;
}

export type ReadOk = Extract<ReadWorkbookResult, { ok: true }>;

/**
 * The workbook read into the model, or its problems (every error with its address, warnings too).
 *
 * @example const read = await readOrProblems(host); if (read.kind === 'input_problems') return read;
 */
export async function readOrProblems(host: OfficeWorkbookHost): Promise<ReadOk | InputProblems> {
  const read = await readWorkbook(host);
  return read.ok ? read : problems(read);
}

/** Input problems as the pane shows them. */
export function problems(read: {
  readonly issues: Parameters<typeof describeIssues>[0];
  readonly sourceMap: Parameters<typeof describeIssues>[1];
}): InputProblems {
  return { kind: 'input_problems', issues: describeIssues(read.issues, read.sourceMap) };
}
