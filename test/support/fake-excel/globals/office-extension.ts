import { FakeOfficeError } from '../core/errors';
import { ClientResult } from '../runtime/client-result';

/** `OfficeExtension.ErrorCodes` (the client-side codes). */
export const OFFICE_EXTENSION_ERROR_CODES = {
  accessDenied: 'AccessDenied',
  generalException: 'GeneralException',
  activityLimitReached: 'ActivityLimitReached',
  invalidArgument: 'InvalidArgument',
  itemNotFound: 'ItemNotFound',
  invalidObjectPath: 'InvalidObjectPath',
  invalidRequestContext: 'InvalidRequestContext',
  propertyNotLoaded: 'PropertyNotLoaded',
  valueNotLoaded: 'ValueNotLoaded',
  runMustReturnPromise: 'RunMustReturnPromise',
  apiNotFound: 'ApiNotFound',
  connectionFailure: 'ConnectionFailure',
} as const;

/** The `OfficeExtension` global: the `Error` class add-ins test with `instanceof`, and its codes. */
export function makeOfficeExtension(): Record<string, unknown> {
  return {
    Error: FakeOfficeError,
    ErrorCodes: OFFICE_EXTENSION_ERROR_CODES,
    ClientResult,
    config: { extendedErrorLogging: false },
  };
}
