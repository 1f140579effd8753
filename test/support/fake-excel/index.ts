/**
 * An in-memory Excel that behaves like Office.js, for the add-in's adapter tests (jest) and browser
 * tests (where office.js from the CDN is unreachable). Browser-safe: no Node built-ins here; the
 * ExcelJS bridge is a separate, node-only file (`exceljs-bridge.ts`). See docs/testing-office.md.
 */
export { installFakeOffice, type InstallOptions } from './install';
export { DARK_OFFICE_THEME, LIGHT_OFFICE_THEME, type OfficeThemeColors } from './globals/office';
export { FakeExcel, type CellSnapshot, type TableSnapshot } from './handle';
export { FakeOfficeError } from './core/errors';
export type { CellValue, CellStyle } from './model/cell';
export type {
  CellInput,
  CellSpec,
  SheetDescription,
  TableDescription,
  WorkbookDescription,
} from './model/describe';
export type { TableAutoExpansion } from './model/types';
export type { SyncRecord } from './runtime/session';
export { WEB_PAYLOAD_LIMIT, READ_CELL_LIMIT } from './runtime/session';
export { coerceInput, DAYS_1900_TO_1904 } from './core/coerce';
export { displayText } from './core/number-format';
