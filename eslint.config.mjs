// Layers (DEVELOPERS.md): engine → workbook → imports → hosts (cli, excel, taskpane, functions).
// Each layer may import only the layers before it; the rules below enforce that direction.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import esx from 'eslint-plugin-es-x';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** A no-restricted-imports pattern that forbids importing one of our own folders by relative path. */
const layer = (names, message) => ({
  regex: `(^|/)(${names.join('|')})(/|$)`,
  message,
});

const hostPackages = ['exceljs', 'react', 'react-dom', '@fluentui/*', 'office-*', 'playwright-core'];

const restrict = (patterns, extra = []) => [
  'error',
  {
    patterns: [
      ...patterns,
      { group: [...hostPackages.filter((p) => !extra.includes(p))], message: 'host-only package' },
    ],
  },
];

const pureRules = {
  'no-restricted-globals': [
    'error',
    { name: 'Office', message: 'Office.js belongs in src/excel.' },
    { name: 'Excel', message: 'Office.js belongs in src/excel.' },
    { name: 'fetch', message: 'The engine never reaches the network.' },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Date', property: 'now', message: 'The report time is an argument (as_of).' },
    { object: 'Math', property: 'random', message: 'Pass ids in; the engine is deterministic.' },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: 'The report time is an argument (as_of); never read the clock here.',
    },
  ],
};

/**
 * The add-in's build target (webpack.config.js, docs/addin.md): swc rewrites newer syntax, but
 * built-ins (`Array.prototype.at`, `Object.hasOwn`, `Intl.supportedValuesOf`, RegExp flags) reach the
 * browser as written, so the es-x rules for built-ins newer than ES2021 guard the code that is bundled.
 */
const runtimeFeature = (name) =>
  /^disallow (the )?`|^disallow RegExp/.test(
    esx.rules[name.replace(/^es-x\//, '')]?.meta.docs.description ?? '',
  );
const newerThanBuildTarget = Object.fromEntries(
  Object.entries({
    ...esx.configs['flat/restrict-to-es2021'].rules,
    ...esx.configs['flat/restrict-to-es2021-intl-api'].rules,
  }).filter(([name]) => runtimeFeature(name)),
);

const pureImports = (forbiddenLayers, layerName) =>
  restrict([
    layer(forbiddenLayers, `${layerName} may not import from later layers`),
    { group: nodeBuiltins, message: `${layerName} is pure: no Node built-ins (no fs, no clock, no crypto)` },
  ]);

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'dist/**', 'demo/**', 'coverage/**', 'test-output/**', 'memory/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      ...pureRules,
      'no-restricted-imports': pureImports(
        ['workbook', 'imports', 'cli', 'excel', 'taskpane', 'functions'],
        'src/engine',
      ),
    },
  },
  {
    files: ['src/workbook/**/*.ts'],
    ignores: ['src/workbook/**/*.test.ts'],
    rules: {
      ...pureRules,
      'no-restricted-imports': pureImports(
        ['imports', 'cli', 'excel', 'taskpane', 'functions'],
        'src/workbook',
      ),
    },
  },
  {
    files: ['src/imports/**/*.ts'],
    ignores: ['src/imports/**/*.test.ts'],
    rules: {
      ...pureRules,
      'no-restricted-imports': pureImports(['cli', 'excel', 'taskpane', 'functions'], 'src/imports'),
    },
  },
  {
    // The build scripts are CommonJS (webpack and Node load them as they are).
    files: ['*.js', 'build/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Custom functions: thin wrappers over the engine. No UI, no Office host, no workbook layer.
    files: ['functions/**/*.ts'],
    ignores: ['functions/**/*.test.ts'],
    rules: {
      'no-restricted-globals': pureRules['no-restricted-globals'],
      'no-restricted-imports': restrict([
        layer(['workbook', 'imports', 'cli', 'excel', 'taskpane'], 'functions/ wraps the engine only'),
        { group: nodeBuiltins, message: 'functions/ runs in Excel: no Node built-ins' },
      ]),
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        layer(['excel', 'taskpane', 'functions'], 'the CLI host does not import other hosts'),
      ]),
    },
  },
  {
    // The CLI's tests build their input workbooks with ExcelJS too: a second, independent producer.
    files: ['src/cli/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [layer(['excel', 'taskpane', 'functions'], 'the CLI host does not import other hosts')],
        ['exceljs'],
      ),
    },
  },
  {
    files: ['src/excel/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [
          layer(['cli', 'taskpane', 'functions'], 'the Office host does not import other hosts'),
          { group: nodeBuiltins, message: 'src/excel runs in the browser: no Node built-ins' },
        ],
        ['office-*'],
      ),
    },
  },
  {
    // The task pane runs in the browser.
    files: ['taskpane/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Everything webpack bundles into the add-in runs in Excel's browser: ES2021 built-ins at most.
    files: [
      'src/engine/**/*.ts',
      'src/workbook/**/*.ts',
      'src/imports/**/*.ts',
      'src/excel/**/*.ts',
      'functions/**/*.ts',
      'taskpane/**/*.{ts,tsx}',
    ],
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/testing/**'],
    plugins: { 'es-x': esx },
    // es-x tells `xs.at(-1)` of an array from `clock.at(-1, 9)` of anything else by the types.
    languageOptions: {
      parserOptions: {
        // The lint tests (test/lint/) lint probe files that are not on disk.
        projectService: {
          allowDefaultProject: [
            '*/probe.ts',
            '*/*/probe.ts',
            '*/*/*/probe.ts',
            '*/*/*/*/probe.ts',
            '*/*/*/probe.tsx',
          ],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: newerThanBuildTarget,
  },
  {
    // The pane's UI gets Office through OperatorActions props (src/excel/operator-actions.ts); only the
    // entry (main.tsx) wires the Office host in. Nothing is logged and forgotten: failures are shown.
    files: ['taskpane/app/**/*.{ts,tsx}'],
    ignores: ['taskpane/app/main.tsx'],
    rules: {
      'no-console': 'error',
      'no-restricted-globals': [
        'error',
        { name: 'Office', message: 'Components get Office actions as props (OperatorActions).' },
        { name: 'Excel', message: 'Components get Office actions as props (OperatorActions).' },
        { name: 'OfficeExtension', message: 'Components get Office actions as props (OperatorActions).' },
      ],
      'no-restricted-imports': restrict(
        [
          layer(['cli', 'functions'], 'the task pane does not import other hosts'),
          {
            regex: '(^|/)src/excel/(?!operator-actions$)',
            message: 'Only main.tsx wires the Office host in; components use the OperatorActions contract.',
          },
          { group: nodeBuiltins, message: 'the task pane runs in the browser: no Node built-ins' },
        ],
        ['react', 'react-dom', '@fluentui/*'],
      ),
    },
  },
);
