/** What a worksheet part's text is cut into, in order; the pieces joined give the text back. */
export type SheetPiece =
  /** Everything before the first row: the sheet's settings and the `<sheetData>` start tag. */
  | 'head'
  /** One `<row>` element, whole. */
  | 'row'
  /** Text between rows (white space, a comment). */
  | 'between'
  /** `</sheetData>` and everything after it (merges, formats, validations, …), maybe in pieces. */
  | 'tail';

/**
 * Cuts a worksheet part, as it streams in, into its rows and the text around them, so that a sheet
 * of any length is read (or rewritten) holding one chunk at a time. Elements may carry a namespace
 * prefix (`<x:row>`), given once for the part.
 *
 * @example
 * const splitter = new SheetSplitter('', (kind, text) => kind === 'row' && rows.push(text));
 * splitter.push('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>');
 * splitter.end(); // rows: ['<row r="1">…</row>']
 */
export class SheetSplitter {
  private buffer = '';
  private phase: 'head' | 'rows' | 'tail' = 'head';
  private headSearchedTo = 0;
  private readonly sheetDataOpen: string;
  private readonly sheetDataClose: string;
  private readonly rowOpen: string;
  private readonly rowClose: string;

  constructor(
    prefix: string,
    private readonly emit: (kind: SheetPiece, text: string) => void,
  ) {
    const p = prefix === '' ? '' : `${prefix}:`;
    this.sheetDataOpen = `<${p}sheetData`;
    this.sheetDataClose = `</${p}sheetData>`;
    this.rowOpen = `<${p}row`;
    this.rowClose = `</${p}row>`;
  }

  push(text: string): void {
    this.buffer += text;
    this.drain(false);
  }

  /** Whether the rows were closed (`</sheetData>`, or `<sheetData/>`): a part that ends before is cut short. */
  get complete(): boolean {
    return this.phase === 'tail';
  }

  end(): void {
    this.drain(true);
    if (this.buffer.length > 0)
      this.emit(this.phase === 'rows' ? 'between' : this.phase === 'head' ? 'head' : 'tail', this.buffer);
    this.buffer = '';
  }

  private drain(final: boolean): void {
    if (this.phase === 'head') this.drainHead(final);
    if (this.phase === 'rows') this.drainRows();
    if (this.phase === 'tail' && this.buffer.length > 0) {
      this.emit('tail', this.buffer);
      this.buffer = '';
    }
  }

  private drainHead(final: boolean): void {
    const b = this.buffer;
    let from = Math.max(0, this.headSearchedTo - this.sheetDataOpen.length);
    for (;;) {
      const at = b.indexOf(this.sheetDataOpen, from);
      if (at < 0) {
        // The head is kept whole (it is small: the sheet's settings) until the rows begin.
        this.headSearchedTo = b.length;
        if (final) return;
        return;
      }
      const next = b.charCodeAt(at + this.sheetDataOpen.length);
      if (Number.isNaN(next)) return;
      if (
        next !== 0x20 &&
        next !== 0x3e &&
        next !== 0x2f &&
        next !== 0x0a &&
        next !== 0x0d &&
        next !== 0x09
      ) {
        from = at + 1;
        continue;
      }
      const gt = b.indexOf('>', at);
      if (gt < 0) return;
      this.emit('head', b.slice(0, gt + 1));
      this.buffer = b.slice(gt + 1);
      this.phase = b.charCodeAt(gt - 1) === 0x2f ? 'tail' : 'rows';
      return;
    }
  }

  private drainRows(): void {
    const b = this.buffer;
    let at = 0;
    for (;;) {
      const lt = b.indexOf('<', at);
      if (lt < 0) break;
      if (lt > at) this.emit('between', b.slice(at, lt));
      at = lt;
      if (b.startsWith(this.rowOpen, lt)) {
        const gt = b.indexOf('>', lt);
        if (gt < 0) break;
        if (b.charCodeAt(gt - 1) === 0x2f) {
          this.emit('row', b.slice(lt, gt + 1));
          at = gt + 1;
          continue;
        }
        const close = b.indexOf(this.rowClose, gt);
        if (close < 0) break;
        const end = close + this.rowClose.length;
        this.emit('row', b.slice(lt, end));
        at = end;
        continue;
      }
      if (b.startsWith(this.sheetDataClose, lt)) {
        this.phase = 'tail';
        break;
      }
      if (b.length - lt < this.sheetDataClose.length + 1) break;
      if (b.startsWith('<!--', lt)) {
        const close = b.indexOf('-->', lt);
        if (close < 0) break;
        this.emit('between', b.slice(lt, close + 3));
        at = close + 3;
        continue;
      }
      // Anything else inside sheetData (not expected) passes through as it is.
      const gt = b.indexOf('>', lt);
      if (gt < 0) break;
      this.emit('between', b.slice(lt, gt + 1));
      at = gt + 1;
    }
    this.buffer = b.slice(at);
  }
}
