import type { ImportSummary } from '../../engine/issues/import-summary';
import { renderImportIssue, renderMoreImportIssues } from '../../engine/messages/render-import-issue';
import { prepareImport } from '../../imports/flow/prepare-import';
import { describeIssues } from '../../workbook/describe/describe-issues';
import { displayPath } from '../display-path';
import { InputError } from '../errors';
import { commitWorkbook } from '../files/commit-run';
import { withWorkbookLock, type LockedWorkbook } from '../files/workbook-lock';
import { writeNoteLines } from '../files/write-note';
import type { CliIo } from '../io';
import { verifyPackage } from '../package/verify-package';
import { withWorkbookErrors } from '../package/workbook-file';
import { withReadErrors } from '../file-access';
import { openWorkbook } from '../open-workbook';
import type { ImportCommandOptions } from './import-options';
import { readExportFile } from './read-export-file';

/**
 * One `import` run: holding the workbook's lock (`withWorkbookLock`), reads the workbook
 * (Campaigns, Settings and ChannelMetrics only), then the export, plans the rows (`prepareImport`,
 * shared with the task pane) and writes the workbook atomically, patched: every part the import
 * does not own keeps its bytes (charts, pivot tables, slicers and all). Any problem throws an
 * `InputError` listing every one before anything is written; a plan with nothing to do, or
 * `--dry-run`, writes nothing.
 *
 * @example const summary = await runImport(await importOptions(args, io), io); summary.added // 4
 */
export async function runImport(options: ImportCommandOptions, io: CliIo): Promise<ImportSummary> {
  return withWorkbookLock(options.workbook, 'import', io, (locked) => importLocked(options, io, locked));
}

async function importLocked(
  options: ImportCommandOptions,
  io: CliIo,
  { lock, stamp }: LockedWorkbook,
): Promise<ImportSummary> {
  const workbookName = displayPath(io.cwd, options.workbook);
  const exportName = displayPath(io.cwd, options.exportPath);
  const host = await openWorkbook(options.workbook, workbookName);
  const prepared = await withWorkbookErrors(workbookName, () =>
    prepareImport(
      host,
      (o) => withReadErrors(exportName, () => readExportFile(options.exportPath, o)),
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
  if (prepared.plan.ops.length > 0 && !options.dryRun) {
    await withWorkbookErrors(workbookName, () => host.apply(prepared.plan));
    const notes = await commitWorkbook({
      path: options.workbook,
      bytes: host.bytes(),
      verify: verifyPackage,
      lock,
      unchangedSince: stamp,
    });
    for (const line of writeNoteLines(notes, io.cwd)) io.stderr(`Warning: ${line}\n`);
  }
  return prepared.summary;
}
