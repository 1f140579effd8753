import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

interface Probe {
  readonly filePath: string;
  readonly code: string;
}

// ESLint loads its flat config with a dynamic import, which jest's module sandbox cannot do; so the
// probes are linted in one plain Node process and only the rule ids come back.
const LINT_PROBES = `
const { ESLint } = require('eslint');
(async () => {
  const probes = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const { filePath, code } of probes) {
    const [result] = await eslint.lintText(code, { filePath });
    out.push(result.messages.map((m) => m.ruleId ?? m.message));
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

function brokenRules(probes: readonly Probe[]): string[][] {
  const output = execFileSync(process.execPath, ['-e', LINT_PROBES], {
    cwd: resolve(__dirname, '../..'),
    input: JSON.stringify(probes),
    encoding: 'utf8',
  });
  return JSON.parse(output) as string[][];
}

const cases: ReadonlyArray<readonly [string, Probe, readonly string[]]> = [
  [
    'functions: React',
    { filePath: 'functions/probe.ts', code: "import { useState } from 'react';\nexport const x = useState;" },
    ['no-restricted-imports'],
  ],
  [
    'functions: Fluent UI',
    {
      filePath: 'functions/probe.ts',
      code: "import { Button } from '@fluentui/react-components';\nexport const x = Button;",
    },
    ['no-restricted-imports'],
  ],
  [
    'functions: the workbook layer',
    {
      filePath: 'functions/probe.ts',
      code: "import type { WorkbookHost } from '../src/workbook/host';\nexport type X = WorkbookHost;",
    },
    ['no-restricted-imports'],
  ],
  [
    'functions: the task pane',
    { filePath: 'functions/probe.ts', code: "import { x } from '../taskpane/runtime';\nexport const y = x;" },
    ['no-restricted-imports'],
  ],
  [
    'functions: Node built-ins',
    {
      filePath: 'functions/probe.ts',
      code: "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;",
    },
    ['no-restricted-imports'],
  ],
  [
    'functions: Excel global',
    { filePath: 'functions/probe.ts', code: 'export const x = () => Excel.run(async () => 1);' },
    ['no-restricted-globals'],
  ],
  [
    'functions: the engine is fine',
    {
      filePath: 'functions/probe.ts',
      code: "import { Dec } from '../src/engine/money/decimal';\nexport const x = new Dec(1);",
    },
    [],
  ],
  [
    'components: Office',
    {
      filePath: 'taskpane/app/components/status-banner.tsx',
      code: 'export const x = () => Office.context.document;',
    },
    ['no-restricted-globals'],
  ],
  [
    'nested components: Excel',
    { filePath: 'taskpane/app/runs/components/run-list.ts', code: 'export const x = Excel;' },
    ['no-restricted-globals'],
  ],
  [
    'outside components: Office is fine',
    { filePath: 'taskpane/app/main.tsx', code: 'export const x = () => Office.context.document;' },
    [],
  ],
  [
    'pane state: Office',
    { filePath: 'taskpane/app/state/probe.ts', code: 'export const x = () => Office.context.document;' },
    ['no-restricted-globals'],
  ],
  [
    'pane: the Office host itself',
    {
      filePath: 'taskpane/app/Pane.tsx',
      code: "import { selectTarget } from '../../src/excel/actions/select-target';\nexport const x = selectTarget;",
    },
    ['no-restricted-imports'],
  ],
  [
    'pane: the OperatorActions contract is fine',
    {
      filePath: 'taskpane/app/state/probe.ts',
      code: "import type { OperatorActions } from '../../../src/excel/operator-actions';\nexport type X = OperatorActions;",
    },
    [],
  ],
  [
    'pane: nothing logged and forgotten',
    { filePath: 'taskpane/app/state/probe.ts', code: "export const x = () => console.log('failed');" },
    ['no-console'],
  ],
];

describe('lint: host layer rules (functions/ wraps the engine; components never touch Office.js)', () => {
  const results = brokenRules(cases.map(([, probe]) => probe));
  it.each(cases.map(([name, , expected], i) => [name, expected, i] as const))('%s', (_name, expected, i) => {
    expect(results[i]).toEqual(expected);
  });
});
