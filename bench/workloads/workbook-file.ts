import { writeFile } from 'node:fs/promises';
import { PackageHost } from '../../src/cli/package/package-host';
import { buildTemplatePlan } from '../../src/workbook/template/build-template-plan';
import { BENCH_AS_OF, engineInput, type EngineWorkload } from './engine-input';

/**
 * Writes a generated workload as an `.xlsx` workbook, the way `campaign-operator init --sample`
 * writes its sample: the six input tables as Excel tables, with their formats and drop-downs.
 *
 * @example await writeWorkloadWorkbook('/tmp/bench.xlsx', { campaigns: 10, tasks: 1000, rows: 100_000 });
 */
export async function writeWorkloadWorkbook(path: string, workload: EngineWorkload): Promise<void> {
  const input = engineInput(workload);
  const today = new Date(BENCH_AS_OF).toISOString().slice(0, 10);
  const host = PackageHost.create();
  await host.apply(buildTemplatePlan({ sample: { today, input } }));
  await writeFile(path, host.bytes());
}
