import type { CellValue } from '../model/cell';

/**
 * The value the fake gives a formula. Excel computes formulas; the fake does not. It evaluates
 * constant arithmetic (`=1+2*3`, `=+5`, `=-(2^3)/4`) so that Excel's `+`/`-` input conversion can be
 * tested, and gives every other formula the error `#NAME?` — a stand-in, documented as such.
 *
 * @example formulaValue('=2*(3+4)') // 14
 * @example formulaValue('=SUM(A1:A3)') // { error: '#NAME?' }
 */
export function formulaValue(formula: string): CellValue {
  const parser = new Arithmetic(formula.slice(1));
  try {
    const value = parser.expression();
    if (!parser.done()) return { error: '#NAME?' };
    if (!Number.isFinite(value)) return { error: '#DIV/0!' };
    return value;
  } catch {
    return { error: '#NAME?' };
  }
}

class Arithmetic {
  private pos = 0;
  constructor(private readonly text: string) {}

  done(): boolean {
    this.skip();
    return this.pos >= this.text.length;
  }

  expression(): number {
    let left = this.term();
    for (;;) {
      const op = this.peek();
      if (op !== '+' && op !== '-') return left;
      this.pos += 1;
      const right = this.term();
      left = op === '+' ? left + right : left - right;
    }
  }

  private term(): number {
    let left = this.power();
    for (;;) {
      const op = this.peek();
      if (op !== '*' && op !== '/') return left;
      this.pos += 1;
      const right = this.power();
      left = op === '*' ? left * right : left / right;
    }
  }

  private power(): number {
    const base = this.unary();
    if (this.peek() !== '^') return base;
    this.pos += 1;
    return base ** this.power();
  }

  private unary(): number {
    const op = this.peek();
    if (op === '+' || op === '-') {
      this.pos += 1;
      const v = this.unary();
      return op === '-' ? -v : v;
    }
    return this.primary();
  }

  private primary(): number {
    if (this.peek() === '(') {
      this.pos += 1;
      const v = this.expression();
      if (this.peek() !== ')') throw new Error('unbalanced');
      this.pos += 1;
      return v;
    }
    const match = /^\d+(\.\d*)?([eE][+-]?\d+)?%?|^\.\d+%?/.exec(this.text.slice(this.pos));
    if (match === null) throw new Error('not arithmetic');
    this.pos += match[0].length;
    const literal = match[0];
    return literal.endsWith('%') ? Number(literal.slice(0, -1)) / 100 : Number(literal);
  }

  private peek(): string | undefined {
    this.skip();
    return this.text[this.pos];
  }

  private skip(): void {
    while (this.text[this.pos] === ' ') this.pos += 1;
  }
}
