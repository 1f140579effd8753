import { DAYS_1900_TO_1904 } from '../core/coerce';
import { serialOfDate } from '../core/dates';
import type { BookModel } from '../model/types';
import { ClientObject, exposeScalars } from '../runtime/client-object';
import type { ProxySpec } from '../runtime/spec';

/** What a worksheet function evaluated through the API gave: a value, or an Excel error's text. */
export interface FunctionOutcome {
  readonly value: unknown;
  readonly error: string | null;
}

export const FUNCTION_RESULT_SPEC: ProxySpec<FunctionOutcome> = {
  className: 'FunctionResult',
  scalars: { value: { get: (r) => r.value }, error: { get: (r) => r.error } },
  navs: {},
};

export const FUNCTIONS_SPEC: ProxySpec<BookModel> = { className: 'Functions', scalars: {}, navs: {} };

/** `Excel.FunctionResult`: `value` and `error` once loaded. */
export class FunctionResult extends ClientObject<FunctionOutcome> {
  protected readonly _spec = FUNCTION_RESULT_SPEC;
}
exposeScalars(FunctionResult.prototype, FUNCTION_RESULT_SPEC);

/**
 * `Excel.Functions` (`workbook.functions`, ExcelApi 1.2): worksheet functions evaluated without a
 * cell. The fake has `DATE`, in the workbook's date system (`DATE(1904,1,1)` is 0 in a 1904
 * workbook, 1462 in a 1900 one), which is how an add-in can learn the date system.
 */
export class Functions extends ClientObject<BookModel> {
  protected readonly _spec = FUNCTIONS_SPEC;

  date(year: number, month: number, day: number): FunctionResult {
    return new FunctionResult(
      this.context,
      `${this._path}.date(${year}, ${month}, ${day})`,
      () => {
        const book = this._require('Functions.date');
        // Excel's DATE rolls months and days over; the fake takes only real dates.
        const serial = serialOfDate({ year, month, day });
        const shifted = serial === undefined ? undefined : serial - (book.date1904 ? DAYS_1900_TO_1904 : 0);
        return shifted === undefined || shifted < 0
          ? { value: null, error: '#NUM!' }
          : { value: shifted, error: null };
      },
      { parent: this },
    );
  }
}
exposeScalars(Functions.prototype, FUNCTIONS_SPEC);
