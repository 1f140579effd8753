import { fail } from '../core/errors';
import type { BookModel } from '../model/types';
import { ClientObject, exposeScalars } from '../runtime/client-object';
import type { ProxySpec } from '../runtime/spec';

const CALCULATION_MODES = ['Automatic', 'AutomaticExceptTables', 'Manual'] as const;
const CALCULATION_TYPES = ['Recalculate', 'Full', 'FullRebuild'] as const;

export const APPLICATION_SPEC: ProxySpec<BookModel> = {
  className: 'Application',
  scalars: {
    calculationMode: {
      get: (book) => book.calculationMode,
      set: (book, value, location) => {
        const mode = CALCULATION_MODES.find((m) => m === value);
        if (mode === undefined) fail('InvalidArgument', location, `not a calculation mode: ${String(value)}`);
        book.calculationMode = mode;
      },
    },
  },
  navs: {},
};

/**
 * `Excel.Application`. Suspending calculation and `calculate(type)` are recorded on the sync that
 * carries them (`SyncRecord.calculationSuspended`, `.calculated`); the fake computes no formulas,
 * so nothing else changes.
 */
export class Application extends ClientObject<BookModel> {
  protected readonly _spec = APPLICATION_SPEC;

  suspendApiCalculationUntilNextSync(): void {
    this._enqueue('Application.suspendApiCalculationUntilNextSync', [], () => ({}));
    this.context._suspendCalculation();
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._enqueue('Application.suspendScreenUpdatingUntilNextSync', [], () => ({}));
  }

  calculate(calculationType: string): void {
    if (!CALCULATION_TYPES.some((t) => t === calculationType))
      fail('InvalidArgument', 'Application.calculate', `not a calculation type: ${calculationType}`);
    this._enqueue('Application.calculate', [calculationType], () => ({}));
    this.context._calculate(calculationType);
  }
}
exposeScalars(Application.prototype, APPLICATION_SPEC);
