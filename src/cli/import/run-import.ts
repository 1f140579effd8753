import type { ImportSummary } from '../../engine/issues/import-summary';
import { renderImportIssue, renderMoreImportIssues } from '../../engine/messages/render-import-issue';
import { prepareImport } from '../../imports/flow/prepare-import';
import { describeIssues } from '../../workbook/describe/describe-issues';
import { displayPath } from '../display-path';
import { InputError } from '../errors';
import { workbookBytes, type LoadedWorkbook } from '../exceljs/workbook-file';
import { withReadErrors } from '../file-access';
import { openWorkbook } from '../open-workbook';
import { commitWorkbook } from '../files/commit-run';
import { withWorkbookLock, type LockedWorkbook } from '../files/workbook-lock';
import { writeNoteLines } from '../files/write-note';
import { verifyZipPackage } from '../zip/verify-zip-package';
import type { CliIo } from '../io';
import { droppedPartsText } from '../track/dropped-parts';
import type { ImportCommandOptions } from './import-options';
import { readExportFile } from './read-export-file';

async function load(path: string, io: CliIo): Promise<LoadedWorkbook> {
  const name = displayPath(io.cwd, path);
  const loaded = await openWorkbook(path, name);
  const dropped = droppedPartsText(loaded.facts.dropped);
  if (dropped !== null) {
    throw new InputError([
      `${name} has ${dropped} that this tool cannot write back (docs/cli.md); importing into it would lose them. Import in Excel with the add-in (Import export), or into a copy without them.`,
    ]);
  }
  return loaded;
}

/**
 * One `import` run: holding the workbook's lock (`withWorkbookLock`), reads the workbook (Campaigns, Settings and ChannelMetrics only), then the
 * export, plans the rows (`prepareImport`, shared with the task pane) and rewrites the workbook
 * atomically. Any problem throws an `InputError` listing every one before anything is written; a
 * plan with nothing to do, or `--dry-run`, writes nothing.
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
  const { workbook, host } = await load(options.workbook, io);
  const exportName = displayPath(io.cwd, options.exportPath);
  const prepared = await prepareImport(
    host,
    (o) => withReadErrors(exportName, () => readExportFile(options.exportPath, o, exportName)),
    options,
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
    await host.apply(prepared.plan);
    const bytes = await workbookBytes(workbook);
    const notes = await commitWorkbook({
      path: options.workbook,
      bytes,
      verify: verifyZipPackage,
      lock,
      unchangedSince: stamp,
    });
    for (const line of writeNoteLines(notes, io.cwd)) io.stderr(`Warning: ${line}\n`);
  }
  return prepared.summary;
}
