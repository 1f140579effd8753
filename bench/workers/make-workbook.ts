import { workerMain } from '../harness/worker';
import type { EngineWorkload } from '../workloads/engine-input';
import { writeWorkloadWorkbook } from '../workloads/workbook-file';

/** Writes a workload's workbook (in its own process, so the bench's parent stays small). */
workerMain<EngineWorkload & { readonly path: string }>(async (args) => {
  await writeWorkloadWorkbook(args.path, args);
  return { path: args.path };
});
