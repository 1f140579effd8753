import { TABLE_LABELS } from '../../engine/model/labels';
import { localDateOf } from '../../engine/time/zoned';
import { normalizeName } from '../../workbook/names/normalize-name';
import { buildSampleWorkbook, type SampleWorkbook } from '../../workbook/template/sample-workbook';
import { buildTemplatePlan } from '../../workbook/template/build-template-plan';
import { InputError } from '../errors';
import { commitWorkbook } from '../files/commit-run';
import { withWorkbookLock, type LockedWorkbook } from '../files/workbook-lock';
import { writeNoteLines } from '../files/write-note';
import type { CliIo } from '../io';
import { PackageHost } from '../package/package-host';
import { verifyPackage } from '../package/verify-package';
import { withWorkbookErrors } from '../package/workbook-file';
import { openWorkbook } from '../open-workbook';

/** The machine's time zone: "today" for a sample is the user's today. */
function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function sampleOf(sample: boolean, io: CliIo): SampleWorkbook | null {
  return sample ? buildSampleWorkbook(localDateOf(io.now(), localTimeZone())) : null;
}

/** Writes the workbook under its lock: verified, and refused if the file changed since it was locked. */
async function commit(
  path: string,
  bytes: Uint8Array,
  { lock, stamp }: LockedWorkbook,
  io: CliIo,
): Promise<void> {
  const notes = await commitWorkbook({ path, bytes, verify: verifyPackage, lock, unchangedSince: stamp });
  for (const line of writeNoteLines(notes, io.cwd)) io.stderr(`Warning: ${line}\n`);
}

/**
 * Writes a new workbook at `path` (atomically, holding its lock): the template's input tables with drop-downs, or,
 * with `sample`, the sample campaign built around today.
 *
 * @example await runInit('/work/q3.xlsx', false, io) // ['Campaigns', 'Tasks', 'KPIs', 'ChannelMetrics', 'TaskUpdates', 'Settings']
 */
export async function runInit(path: string, sample: boolean, io: CliIo): Promise<readonly string[]> {
  const plan = buildTemplatePlan({ sample: sampleOf(sample, io) });
  const host = PackageHost.create();
  await host.apply(plan);
  await withWorkbookLock(path, 'init', io, (locked) => commit(path, host.bytes(), locked, io));
  return plan.newSheets;
}

/** The input tables (and Settings) of the template, as they are named in a workbook. */
const INPUT_LABELS = Object.values(TABLE_LABELS);

/**
 * Adds the input tables (and, with `sample`, the sample campaign's rows) to a workbook the user
 * already has, in place and atomically (holding its lock), keeping every other part of it as it is: the command-line
 * twin of the task pane's Set up. Refused (nothing written) when the workbook already has any of
 * the input tables, as a table or a sheet of that name. `name` is the path as the user wrote it.
 *
 * @example await runInitAdd('/work/q3.xlsx', 'q3.xlsx', false, io) // the six sheets added
 */
export async function runInitAdd(
  path: string,
  name: string,
  sample: boolean,
  io: CliIo,
): Promise<readonly string[]> {
  return withWorkbookLock(path, 'init', io, (locked) => addLocked(path, name, sample, io, locked));
}

async function addLocked(
  path: string,
  name: string,
  sample: boolean,
  io: CliIo,
  locked: LockedWorkbook,
): Promise<readonly string[]> {
  const host = await openWorkbook(path, name);
  const inventory = await host.inventory();
  const present = new Map(
    [...inventory.tables.map((t) => t.name), ...inventory.sheets].map((n) => [normalizeName(n), n]),
  );
  const found = INPUT_LABELS.flatMap((label) => {
    const existing = present.get(normalizeName(label));
    return existing === undefined ? [] : [existing];
  });
  if (found.length > 0) {
    throw new InputError([
      `${name} already has ${found.length === 1 ? 'the input table' : 'the input tables'} ${found.join(', ')}; init --add adds the tables to a workbook that has none of them (nothing was written). Fill in the tables it has, or add the others in Excel with the add-in (Set up).`,
    ]);
  }
  const plan = buildTemplatePlan({ sample: sampleOf(sample, io), inventory });
  await withWorkbookErrors(name, () => host.apply(plan));
  await commit(path, host.bytes(), locked, io);
  return plan.newSheets;
}
