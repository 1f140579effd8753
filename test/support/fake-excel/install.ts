import { makeExcel } from './globals/excel';
import { makeOffice, OfficeState, type OfficeThemeColors } from './globals/office';
import { makeOfficeExtension } from './globals/office-extension';
import { FakeExcel } from './handle';
import { newBook } from './model/book';
import type { TableAutoExpansion } from './model/types';
import { bookFromDescription, type WorkbookDescription } from './model/describe';
import { Session } from './runtime/session';

export interface InstallOptions {
  /** The starting workbook; default one empty `Sheet1`. */
  readonly workbook?: WorkbookDescription;
  /** Request/response limit in bytes; `null` for desktop Excel. Default 5 MB (Excel on the web). */
  readonly payloadLimitBytes?: number | null;
  /** Requirement set → highest version, replacing the defaults (`ExcelApi` 1.17, …). */
  readonly requirementSets?: Readonly<Record<string, string>>;
  /** `Office.context.platform`; default `OfficeOnline`. */
  readonly platform?: string;
  /**
   * `Office.context.officeTheme`; default the light theme (`LIGHT_OFFICE_THEME`); `null` leaves it
   * undefined, as Excel on the web may.
   */
  readonly officeTheme?: OfficeThemeColors | null;
  /** How tables grow over rows written below them (`full` by default; see `TableAutoExpansion`). */
  readonly tableAutoExpansion?: TableAutoExpansion;
  /**
   * What a read over 5,000,000 cells gives: `error` (`RangeExceedsLimit`) or `null`. Default: `null`
   * on the web (`platform` `OfficeOnline`, the default), `error` elsewhere.
   */
  readonly oversizedReads?: 'error' | 'null';
}

const GLOBALS = ['Excel', 'Office', 'OfficeExtension'] as const;

/**
 * Installs fake `Excel`, `Office` and `OfficeExtension` globals on `target` (`globalThis` in jest,
 * `window` in a browser) over an in-memory workbook, and returns the handle to inspect it.
 *
 * @example
 * const fake = installFakeOffice(globalThis, { workbook: { sheets: [{ name: 'Tasks', rows: [['ID'], [1]] }] } });
 * await Excel.run(async (context) => { ... });
 * expect(fake.cell('Tasks!A2').value).toBe(1);
 * fake.uninstall();
 */
export function installFakeOffice(target: object = globalThis, options: InstallOptions = {}): FakeExcel {
  const book = options.workbook === undefined ? newBook(['Sheet1']) : bookFromDescription(options.workbook);
  const session = new Session(book);
  if (options.payloadLimitBytes !== undefined) session.payloadLimitBytes = options.payloadLimitBytes;
  if (options.tableAutoExpansion !== undefined) book.tableAutoExpansion = options.tableAutoExpansion;
  const office = new OfficeState();
  if (options.platform !== undefined) office.platform = options.platform;
  session.oversizedReads = options.oversizedReads ?? (office.platform === 'OfficeOnline' ? 'null' : 'error');
  if (options.officeTheme !== undefined) office.officeTheme = options.officeTheme;
  if (options.requirementSets !== undefined) {
    office.requirementSets.clear();
    for (const [name, version] of Object.entries(options.requirementSets))
      office.requirementSets.set(name, version);
  }
  const record = target as Record<string, unknown>;
  const previous = GLOBALS.map((name) => Object.getOwnPropertyDescriptor(target, name));
  const values = {
    Excel: makeExcel(session),
    Office: makeOffice(office),
    OfficeExtension: makeOfficeExtension(),
  };
  for (const name of GLOBALS) {
    Object.defineProperty(target, name, {
      value: values[name],
      configurable: true,
      writable: true,
      enumerable: false,
    });
  }
  const restore = (): void => {
    GLOBALS.forEach((name, i) => {
      const before = previous[i];
      if (before === undefined) delete record[name];
      else Object.defineProperty(target, name, before);
    });
  };
  return new FakeExcel(session, office, restore);
}
