import { EXCEL_ENUMS } from './enums';
import { FakeRequestContext } from '../runtime/context';
import type { Session } from '../runtime/session';
import { run } from './run';

/** The `Excel` global: `run`, `RequestContext` and the enums, over one session. */
export function makeExcel(session: Session): Record<string, unknown> {
  class RequestContext extends FakeRequestContext {
    constructor() {
      super(session, { autoTrack: false });
    }
  }
  return {
    ...EXCEL_ENUMS,
    run: (...args: unknown[]) => run(session, ...args),
    RequestContext,
  };
}
