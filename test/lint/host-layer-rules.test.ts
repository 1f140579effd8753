import { brokenRules, type Probe } from './lint-probes';

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
      filePath: 'taskpane/app/components/probe.tsx',
      code: 'export const x = () => Office.context.document;',
    },
    ['no-restricted-globals'],
  ],
  [
    'nested components: Excel',
    { filePath: 'taskpane/app/runs/components/probe.ts', code: 'export const x = Excel;' },
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
