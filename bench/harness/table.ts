/** One line of the bench's table. */
export interface BenchRow {
  readonly area: string;
  readonly workload: string;
  readonly figure: string;
  readonly value: string;
  /** The target as the issue states it, or `—` where there is none. */
  readonly target: string;
  /** `ok`, `MISSED`, or a plain note (`info`, a ratio) where no target applies. */
  readonly verdict: string;
}

const HEADERS: Readonly<Record<keyof BenchRow, string>> = {
  area: 'area',
  workload: 'workload',
  figure: 'figure',
  value: 'value',
  target: 'target',
  verdict: 'verdict',
};
const COLUMNS = Object.keys(HEADERS) as Array<keyof BenchRow>;

/**
 * The rows as a Markdown table (readable in a terminal, pasteable into docs/performance.md).
 *
 * @example renderTable([{ area: 'engine', workload: '1k tasks', figure: 'time', value: '12 ms', target: '—', verdict: 'info' }])
 */
export function renderTable(rows: readonly BenchRow[]): string {
  const widths = COLUMNS.map((c) => Math.max(HEADERS[c].length, ...rows.map((r) => r[c].length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(COLUMNS.map((c) => HEADERS[c])),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map((r) => line(COLUMNS.map((c) => r[c]))),
  ].join('\n');
}

/** `ok` when a measured value is within its target, else `MISSED`. */
export function verdict(value: number, limit: number): string {
  return value <= limit ? 'ok' : 'MISSED';
}

export const ms = (value: number): string =>
  value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value).toLocaleString('en-US')} ms`;
export const mb = (value: number): string => `${Math.round(value).toLocaleString('en-US')} MB`;
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const ratio = (value: number): string => `${value.toFixed(2)}×`;
export const count = (value: number): string => value.toLocaleString('en-US');
