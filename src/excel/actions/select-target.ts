/// <reference types="office-js" />
import type { CellAddress } from '../../workbook/address/address-of';
import type { OfficeWorkbookHost } from '../host/office-workbook-host';

/**
 * Selects a cell or range (an input error's address: its sheet becomes active), or activates a
 * sheet (a new report).
 *
 * @example await selectTarget(host, { sheet: 'Tasks', row: 7, column: 4, a1: 'Tasks!D7' })
 */
export async function selectTarget(
  host: OfficeWorkbookHost,
  target: CellAddress | { readonly sheet: string },
): Promise<void> {
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(target.sheet);
    sheet.activate();
    if ('a1' in target) {
      const local = target.a1.slice(target.a1.lastIndexOf('!') + 1);
      sheet.getRange(local).select();
    }
    await context.sync();
  });
}
