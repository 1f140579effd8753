import type { BookModel } from '../model/types';
import { ClientObject, exposeScalars } from '../runtime/client-object';
import type { ProxySpec } from '../runtime/spec';

export const APPLICATION_SPEC: ProxySpec<BookModel> = {
  className: 'Application',
  scalars: { calculationMode: { get: () => 'Automatic' } },
  navs: {},
};

/**
 * `Excel.Application`. Suspending calculation is recorded on the sync that carries it
 * (`SyncRecord.calculationSuspended`); the fake computes no formulas, so nothing else changes.
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
    this._enqueue('Application.calculate', [calculationType], () => ({}));
  }
}
exposeScalars(Application.prototype, APPLICATION_SPEC);
