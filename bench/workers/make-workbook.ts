import { readFile } from 'node:fs/promises';
import { workerMain } from '../harness/worker';
import type { EngineWorkload } from '../workloads/engine-input';
import { withLargeTable, withUnusedSheet, type LargeTable } from '../workloads/large-sheets';
import { writeWorkloadWorkbook } from '../workloads/workbook-file';

/** What to write: a workload's workbook, or a copy of one with a large table or an unused sheet. */
export type MakeWorkbook =
  | (EngineWorkload & { readonly kind: 'workload'; readonly path: string })
  | (EngineWorkload & {
      readonly kind: 'large';
      readonly table: LargeTable;
      readonly base: string;
      readonly path: string;
    })
  | { readonly kind: 'unused'; readonly rows: number; readonly base: string; readonly path: string };

/** Writes a bench workbook (in its own process, so the bench's parent stays small). */
workerMain<MakeWorkbook>(async (args) => {
  if (args.kind === 'workload') await writeWorkloadWorkbook(args.path, args);
  else if (args.kind === 'large')
    await withLargeTable(new Uint8Array(await readFile(args.base)), args.table, args, args.path);
  else await withUnusedSheet(new Uint8Array(await readFile(args.base)), args.rows, args.path);
  return { path: args.path };
});
