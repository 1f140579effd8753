/// <reference types="office-js" />
import type { OfficeWorkbookHost } from '../../src/excel/host/office-workbook-host';
import { buildTemplatePlan } from '../../src/workbook/template/build-template-plan';
import { buildSampleWorkbook } from '../../src/workbook/template/sample-workbook';
import type { LocalDate } from '../../src/engine/model/primitives';
import { fakeHost } from './office-host-kit';
import type { CellValue, FakeExcel } from './fake-excel';
import { editCell as modelEditCell } from './fake-excel/model/sheet-cells';

/** 2026-11-24 12:00 UTC: "today" of the sample workbooks in tests. */
export const SAMPLE_NOON = Date.UTC(2026, 10, 24, 12);

/**
 * The fake Excel holding the sample workbook (written by the Office host, as `createTemplate` does),
 * and a host over it; the sync log starts empty.
 *
 * @example const { fake, host } = await sampleOnFake(); … fake.uninstall();
 */
export async function sampleOnFake(
  today: LocalDate = '2026-11-24',
): Promise<{ fake: FakeExcel; host: OfficeWorkbookHost }> {
  const { fake, host } = fakeHost({ sheets: [{ name: 'Sheet1' }] });
  await host.apply(buildTemplatePlan({ sample: buildSampleWorkbook(today) }));
  fake.resetSyncLog();
  return { fake, host };
}

/**
 * Writes one cell of a table that starts at A1, found by its header and data row (1 = first data
 * row), as a user would type it (no Office request is counted).
 *
 * @example editCell(fake, 'ChannelMetrics', 'Cost', 1, 9999)
 */
export function editCell(
  fake: FakeExcel,
  sheet: string,
  header: string,
  row: number,
  value: CellValue,
): void {
  const [headers] = fake.values(`'${sheet}'!A1:Z1`);
  const column = (headers ?? []).indexOf(header);
  if (column < 0) throw new Error(`${sheet} has no column ${header}`);
  modelEditCell(fake.sheet(sheet), row, column, (cell) => {
    cell.value = value;
  });
}
