import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Code linted as if it were a file of the repository. */
export interface Probe {
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

/**
 * The rules each probe breaks under the repository's eslint.config.mjs, in probe order.
 *
 * @example brokenRules([{ filePath: 'functions/probe.ts', code: 'export const x = Excel;' }]) // [['no-restricted-globals']]
 */
export function brokenRules(probes: readonly Probe[]): string[][] {
  const output = execFileSync(process.execPath, ['-e', LINT_PROBES], {
    cwd: resolve(__dirname, '../..'),
    input: JSON.stringify(probes),
    encoding: 'utf8',
  });
  return JSON.parse(output) as string[][];
}
