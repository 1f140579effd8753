import { localDateOf } from '../../engine/time/zoned';
import { buildSampleWorkbook } from '../../workbook/template/sample-workbook';
import { buildTemplatePlan } from '../../workbook/template/build-template-plan';
import { newWorkbook, workbookBytes } from '../exceljs/workbook-file';
import { commitWorkbook } from '../files/commit-run';
import { withWorkbookLock } from '../files/workbook-lock';
import { writeNoteLines } from '../files/write-note';
import { verifyZipPackage } from '../zip/verify-zip-package';
import type { CliIo } from '../io';

/** The machine's time zone: "today" for a sample is the user's today. */
function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * Writes a new workbook at `path` (atomically, holding its lock): the template's input tables with drop-downs, or,
 * with `sample`, the sample campaign built around today.
 *
 * @example await runInit('/work/q3.xlsx', false, io) // ['Campaigns', 'Tasks', 'KPIs', 'ChannelMetrics', 'TaskUpdates', 'Settings']
 */
export async function runInit(path: string, sample: boolean, io: CliIo): Promise<readonly string[]> {
  const plan = buildTemplatePlan({
    sample: sample ? buildSampleWorkbook(localDateOf(io.now(), localTimeZone())) : null,
  });
  const { workbook, host } = newWorkbook();
  await host.apply(plan);
  const bytes = await workbookBytes(workbook);
  await withWorkbookLock(path, 'init', io, async ({ lock, stamp }) => {
    const notes = await commitWorkbook({
      path,
      bytes,
      verify: verifyZipPackage,
      lock,
      unchangedSince: stamp,
    });
    for (const line of writeNoteLines(notes, io.cwd)) io.stderr(`Warning: ${line}\n`);
  });
  return plan.newSheets;
}
