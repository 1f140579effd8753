import { brokenRules, type Probe } from './lint-probes';

// What the add-in bundles runs in Excel's browser, so eslint keeps built-ins newer than the build
// target (ES2021, webpack.config.js) out of it; code that runs in Node (the CLI, tests) may use them.
const cases: ReadonlyArray<readonly [string, Probe, readonly string[]]> = [
  [
    'Array.prototype.at in the Office host',
    { filePath: 'src/excel/host/probe.ts', code: 'export const last = (xs: number[]) => xs.at(-1);' },
    ['es-x/no-array-prototype-at'],
  ],
  [
    'Object.hasOwn in the engine',
    {
      filePath: 'src/engine/probe.ts',
      code: 'export const own = (o: object, k: string) => Object.hasOwn(o, k);',
    },
    ['es-x/no-object-hasown'],
  ],
  [
    'Intl.supportedValuesOf in the functions',
    { filePath: 'functions/probe.ts', code: "export const all = () => Intl.supportedValuesOf('currency');" },
    ['es-x/no-intl-supportedvaluesof'],
  ],
  [
    'String.prototype.at in the pane',
    { filePath: 'taskpane/app/state/probe.ts', code: "export const first = (s: string) => s.at(0) ?? '';" },
    ['es-x/no-string-prototype-at'],
  ],
  [
    'ES2021 is fine: replaceAll, ??=, WeakRef',
    {
      filePath: 'src/workbook/probe.ts',
      code: "let c: string | undefined;\nexport const f = (s: string) => (c ??= s.replaceAll('a', 'b'));\nexport const r = new WeakRef({});",
    },
    [],
  ],
  [
    'syntax newer than the target is fine: swc rewrites it (class fields, numeric separators)',
    { filePath: 'src/excel/probe.ts', code: 'export class A {\n  readonly n = 1_000;\n}' },
    [],
  ],
  [
    'the CLI runs in Node 20: Array.prototype.at is fine there',
    { filePath: 'src/cli/probe.ts', code: 'export const last = (xs: number[]) => xs.at(-1);' },
    [],
  ],
  [
    'tests run in Node too',
    { filePath: 'src/excel/host/probe.test.ts', code: 'export const last = (xs: number[]) => xs.at(-1);' },
    [],
  ],
];

describe('lint: built-ins newer than the add-in’s ES2021 target stay out of bundled code', () => {
  const results = brokenRules(cases.map(([, probe]) => probe));
  it.each(cases.map(([name, , expected], i) => [name, expected, i] as const))('%s', (_name, expected, i) => {
    expect(results[i]).toEqual(expected);
  });
});
