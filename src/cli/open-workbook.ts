import { readFile } from 'node:fs/promises';
import { renderFileIssue } from '../engine/messages/render-file-issue';
import { workbookFileIssue } from '../workbook/files/sniff-workbook-file';
import { InputError } from './errors';
import { loadWorkbook, UnreadableWorkbookError, type LoadedWorkbook } from './exceljs/workbook-file';
import { withReadErrors } from './file-access';

/**
 * Reads and loads the workbook a command was given, or an `InputError` naming it (`name`, as the
 * user wrote it) with what it is instead of an `.xlsx` (`workbookFileIssue`), or that it is
 * damaged, or why it cannot be read. No library message reaches the user.
 *
 * @example const { host, workbook } = await openWorkbook('/work/plan.xlsx', 'plan.xlsx');
 */
export async function openWorkbook(path: string, name: string): Promise<LoadedWorkbook> {
  const bytes = new Uint8Array(await withReadErrors(name, () => readFile(path)));
  const issue = workbookFileIssue(bytes);
  if (issue !== null) throw new InputError([renderFileIssue(issue, name)]);
  try {
    return await loadWorkbook(bytes);
  } catch (e) {
    if (e instanceof UnreadableWorkbookError)
      throw new InputError([renderFileIssue({ code: 'damaged_workbook' }, name)]);
    throw e;
  }
}
