import { readFile } from 'node:fs/promises';
import { renderFileIssue } from '../engine/messages/render-file-issue';
import { workbookFileIssue } from '../workbook/files/sniff-workbook-file';
import { InputError } from './errors';
import { withReadErrors } from './file-access';
import { PackageHost } from './package/package-host';
import { withWorkbookErrors } from './package/workbook-file';

/**
 * Reads and opens the workbook a command was given, or an `InputError` naming it (`name`, as the
 * user wrote it): why it cannot be read (`withReadErrors`), what it is instead of an `.xlsx`
 * (`workbookFileIssue`: `.xls`, `.ods`, password-protected, a CSV, …), or what is wrong inside the
 * package (`withWorkbookErrors`). No library or system message reaches the user.
 *
 * @example const host = await openWorkbook('/work/plan.xlsx', 'plan.xlsx');
 */
export async function openWorkbook(path: string, name: string): Promise<PackageHost> {
  const bytes = new Uint8Array(await withReadErrors(name, () => readFile(path)));
  const issue = workbookFileIssue(bytes);
  if (issue !== null) throw new InputError([renderFileIssue(issue, name)]);
  return withWorkbookErrors(name, () => PackageHost.open(bytes));
}
