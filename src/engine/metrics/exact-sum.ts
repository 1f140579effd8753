import { Dec } from '../money/decimal';

/** Values are summed in millionths while that is exact. */
const SCALE = 1_000_000;
/** A decimal text with at most nine digits before the point and six after: its millionths are safe integers. */
const SHORT_DECIMAL = /^(-?)(\d{1,9})(?:\.(\d{0,6}))?$/;
/**
 * Below 2^49 millionths (about 5.6e8), doubles are spaced less than 1/8 of a millionth apart, so a
 * value with at most six decimals is recognised without doubt and its millionths are an exact integer.
 */
const SCALED_LIMIT = 2 ** 49;

/**
 * An exact running sum of numbers as read from cells, each counting as the decimal it prints as
 * (like `sumExact`), without allocating a decimal per value: values with at most six decimals are
 * added as integer millionths (exact while below 2^53), anything else goes to a `Dec`.
 *
 * @example const s = new ExactSum(); s.add(0.1); s.add(0.2); s.total().toString() // '0.3'
 * @example const s = new ExactSum(); s.addText('12.50'); s.addText('0.5'); s.total().toString() // '13'
 */
export class ExactSum {
  private units = 0;
  private overflow: Dec | null = null;

  add(value: number): void {
    const scaled = value * SCALE;
    if (scaled < SCALED_LIMIT && scaled > -SCALED_LIMIT) {
      const units = Math.round(scaled);
      if (units / SCALE === value) {
        this.addUnits(units);
        return;
      }
    }
    this.overflow = (this.overflow ?? new Dec(0)).plus(value);
  }

  /**
   * Adds a number written as a decimal text (`'1414877'`, `'-12.50'`, `'1.5e3'`), exactly: short
   * texts as integer millionths, any other through a `Dec`.
   */
  addText(text: string): void {
    const m = SHORT_DECIMAL.exec(text);
    if (m === null) {
      this.overflow = (this.overflow ?? new Dec(0)).plus(new Dec(text));
      return;
    }
    const units = Number(m[2]) * SCALE + Number((m[3] ?? '').padEnd(6, '0'));
    this.addUnits(m[1] === '-' ? -units : units);
  }

  private addUnits(units: number): void {
    const sum = this.units + units;
    if (Number.isSafeInteger(sum)) {
      this.units = sum;
    } else {
      this.flush();
      this.units = units;
    }
  }

  /** The exact sum so far. */
  total(): Dec {
    const units = new Dec(this.units).div(SCALE);
    return this.overflow === null ? units : this.overflow.plus(units);
  }

  private flush(): void {
    this.overflow = this.total();
    this.units = 0;
  }
}
