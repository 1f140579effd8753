import { localDateOf } from '../../engine/time/zoned';
import { buildSampleWorkbook } from '../../workbook/template/sample-workbook';
import { buildTemplatePlan } from '../../workbook/template/build-template-plan';
import { newWorkbook, workbookBytes } from '../exceljs/workbook-file';
import { writeFileAtomic } from '../files/atomic-write';
import type { CliIo } from '../io';

/** The machine's time zone: "today" for a sample is the user's today. */
function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * Writes a new workbook at `path` (atomically): the template's input tables with drop-downs, or,
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
  await writeFileAtomic(path, await workbookBytes(workbook));
  return plan.newSheets;
}
