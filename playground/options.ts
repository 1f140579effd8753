/** The workbook the playground opens on: one blank sheet (a first run), or the sample campaign. */
export type PlaygroundWorkbook = 'empty' | 'sample';

export interface PlaygroundOptions {
  readonly workbook: PlaygroundWorkbook;
  readonly theme: 'light' | 'dark';
}

/**
 * The playground's options from its address: `?workbook=sample` (or `empty`, the default: a first
 * run) and `?theme=dark` (or `light`, the default). Anything else falls back to the default.
 *
 * @example playgroundOptions('?workbook=sample&theme=dark') // { workbook: 'sample', theme: 'dark' }
 */
export function playgroundOptions(search: string): PlaygroundOptions {
  const params = new URLSearchParams(search);
  return {
    workbook: params.get('workbook') === 'sample' ? 'sample' : 'empty',
    theme: params.get('theme') === 'dark' ? 'dark' : 'light',
  };
}

/**
 * The query that opens the playground (or its pane) with `options`.
 *
 * @example playgroundQuery({ workbook: 'sample', theme: 'light' }) // '?workbook=sample&theme=light'
 */
export function playgroundQuery(options: PlaygroundOptions): string {
  return `?workbook=${options.workbook}&theme=${options.theme}`;
}
