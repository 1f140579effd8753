/** One record of a delimited file: its cells as written (quotes removed) and the lines it spans. */
export interface TextRecord {
  readonly cells: string[];
  /** 1-based line of the file where the record starts. */
  readonly line: number;
  /** The line where it ends: later than `line` when a quoted cell holds line breaks. */
  readonly lastLine: number;
}

export interface RecordReader {
  /** Reads more text; calls `emit` for every record completed by it. */
  push(text: string, emit: (record: TextRecord) => void): void;
  /** Flushes the last record. Returns the line of a quoted value that was never closed, or `null`. */
  end(emit: (record: TextRecord) => void): number | null;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * A streaming reader of delimited text (RFC 4180 and what spreadsheets write): quoted cells with
 * `""` for a quote, delimiters and line breaks inside quotes, CRLF, LF or CR line ends. Text may be
 * cut anywhere between pushes, even inside a quoted cell or between CR and LF.
 *
 * @example
 * const rows: string[][] = [];
 * const r = createRecordReader(',');
 * r.push('a,"b,""c"""\r\n1,', (x) => rows.push(x.cells));
 * r.end((x) => rows.push(x.cells)); // rows: [['a', 'b,"c"'], ['1', '']]
 */
export function createRecordReader(delimiter: string): RecordReader {
  const delim = delimiter.charCodeAt(0);
  let cells: string[] = [];
  let field = '';
  let inQuotes = false;
  /** A quote seen inside a quoted cell: either the end of the quotes or the first of `""`. */
  let quoteSeen = false;
  /** The previous text ended with CR: a LF at the start of the next text belongs to it. */
  let afterCR = false;
  /** The current record has content (so a line end emits it). */
  let started = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;
  /** The last character read inside quotes was CR (a LF right after it is the same line end). */
  let quotedCR = false;

  const finishRecord = (emit: (r: TextRecord) => void): void => {
    cells.push(field);
    emit({ cells, line: recordLine, lastLine: line });
    cells = [];
    field = '';
    started = false;
  };

  return {
    push(text, emit) {
      let i = 0;
      const n = text.length;
      if (afterCR && n > 0) {
        afterCR = false;
        if (text.charCodeAt(0) === LF) i = 1;
      }
      let from = i;
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (inQuotes) {
          if (quoteSeen) {
            quoteSeen = false;
            if (c === QUOTE) {
              from = i; // `""`: keep one quote, starting the next slice at it
              continue;
            }
            inQuotes = false; // the quote closed the cell; fall through to read c unquoted
          } else {
            if (c === QUOTE) {
              field += text.slice(from, i);
              quoteSeen = true;
              from = i + 1;
            } else if (c === CR || (c === LF && !quotedCR)) {
              line++;
            }
            quotedCR = c === CR;
            continue;
          }
        }
        if (c === delim) {
          field += text.slice(from, i);
          cells.push(field);
          field = '';
          started = true;
          from = i + 1;
        } else if (c === LF || c === CR) {
          field += text.slice(from, i);
          if (c === CR) {
            if (i + 1 < n) {
              if (text.charCodeAt(i + 1) === LF) i++;
            } else afterCR = true;
          }
          finishRecord(emit);
          line++;
          recordLine = line;
          from = i + 1;
        } else if (c === QUOTE && field === '' && from === i) {
          inQuotes = true;
          quotedCR = false;
          quoteLine = line;
          started = true;
          from = i + 1;
        } else {
          started = true;
        }
      }
      if (!quoteSeen) field += text.slice(from, n);
    },
    end(emit) {
      const unclosed = inQuotes && !quoteSeen ? quoteLine : null;
      inQuotes = false;
      quoteSeen = false;
      if (started || field !== '' || cells.length > 0) finishRecord(emit);
      return unclosed;
    },
  };
}
