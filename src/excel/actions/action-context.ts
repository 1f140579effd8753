/// <reference types="office-js" />
import type { Issue } from '../../engine/issues/issue';
import type { Instant } from '../../engine/model/primitives';
import { describeIssues } from '../../workbook/describe/describe-issues';
import { readWorkbook } from '../../workbook/read/read-workbook';
import type { ReadOk } from '../../workbook/run/prepare-track';
import type { InputProblems } from '../operator-actions';
import type { OfficeWorkbookHost } from '../host/office-workbook-host';
import type { SourceMap } from '../../workbook/source-map';
import type { RunLedger } from './run-ledger';

/** What every action needs: the host over the open workbook, the clock and an id maker. */
export interface ActionContext {
  readonly host: OfficeWorkbookHost;
  readonly now: () => Instant;
  readonly newId: () => string;
  /** The run last committed (Revert last run checks the logs still have it); none in some tests. */
  readonly ledger?: RunLedger;
}

/**
 * The workbook read into the model, or its problems (every error with its address, warnings too).
 *
 * @example const read = await readOrProblems(host); if (read.kind === 'input_problems') return read;
 */
export async function readOrProblems(host: OfficeWorkbookHost): Promise<ReadOk | InputProblems> {
  const read = await readWorkbook(host);
  return read.ok ? read : problems(read);
}

/**
 * Input problems as the pane shows them: every issue with its address.
 *
 * @example problems({ issues: read.issues, sourceMap: read.sourceMap }).issues[0]?.text // 'Tasks!D7: …'
 */
export function problems(read: {
  readonly issues: readonly Issue[];
  readonly sourceMap: SourceMap;
}): InputProblems {
  return { kind: 'input_problems', issues: describeIssues(read.issues, read.sourceMap) };
}
