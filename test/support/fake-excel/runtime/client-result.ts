import { officeError } from '../core/errors';

/** `OfficeExtension.ClientResult`: `value` readable after the `sync()` that computed it. */
export class ClientResult<V> {
  private loaded = false;
  private result: V | undefined;

  get value(): V {
    if (!this.loaded) throw officeError('ValueNotLoaded', { location: 'clientResult.value' });
    return this.result as V;
  }

  _set(value: V): void {
    this.loaded = true;
    this.result = value;
  }
}
