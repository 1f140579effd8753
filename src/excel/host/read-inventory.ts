/// <reference types="office-js" />
import type { Inventory } from '../../workbook/host';

/**
 * The workbook's sheets (tab order) and tables (with their sheet), in one sync.
 *
 * @example const inventory = await Excel.run((context) => readInventory(context));
 */
export async function readInventory(context: Excel.RequestContext): Promise<Inventory> {
  const sheets = context.workbook.worksheets.load('items/name');
  const tables = context.workbook.tables.load('items/name, items/worksheet/name');
  await context.sync();
  return {
    sheets: sheets.items.map((s) => s.name),
    tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
  };
}
