import type { ImportSummary } from '../../engine/issues/import-summary';
import { renderImportIssue, renderMoreImportIssues } from '../../engine/messages/render-import-issue';
import { prepareImport } from '../../imports/flow/prepare-import';
import { describeIssues } from '../../workbook/describe/describe-issues';
import { displayPath } from '../display-path';
import { InputError } from '../errors';
import { writeFileAtomic } from '../files/atomic-write';
import type { CliIo } from '../io';
import { openWorkbookFile, withWorkbookErrors } from '../package/workbook-file';
import type { ImportCommandOptions } from './import-options';
import { readExportFile } from './read-export-file';

/**
 * One `import` run: reads the workbook (Campaigns, Settings and ChannelMetrics only), then the
 * export, plans the rows (`prepareImport`, shared with the task pane) and writes the workbook
 * atomically, patched: every part the import does not own keeps its bytes (charts, pivot tables,
 * slicers and all). Any problem throws an `InputError` listing every one before anything is written; a
 * plan with nothing to do writes nothing.
 *
 * @example const summary = await runImport(await importOptions(args, io), io); summary.added // 4
 */
export async function runImport(options: ImportCommandOptions, io: CliIo): Promise<ImportSummary> {
  const workbookName = displayPath(io.cwd, options.workbook);
  const host = await openWorkbookFile(options.workbook, workbookName);
  const prepared = await withWorkbookErrors(workbookName, () =>
    prepareImport(
      host,
      (o) => readExportFile(options.exportPath, o, displayPath(io.cwd, options.exportPath)),
      options,
    ),
  );
  if (!prepared.ok && prepared.stage === 'workbook') {
    throw new InputError(describeIssues(prepared.issues, prepared.sourceMap).map((d) => d.text));
  }
  if (!prepared.ok) {
    const name = displayPath(io.cwd, options.exportPath);
    const lines = prepared.issues.map((i) => `${name}: ${renderImportIssue(i, prepared.locate)}`);
    throw new InputError(
      prepared.moreIssues > 0 ? [...lines, renderMoreImportIssues(prepared.moreIssues)] : lines,
    );
  }
  if (prepared.plan.ops.length > 0) {
    await withWorkbookErrors(workbookName, () => host.apply(prepared.plan));
    await writeFileAtomic(options.workbook, host.bytes());
  }
  return prepared.summary;
}
