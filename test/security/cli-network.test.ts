import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILT_BIN } from '../cli/helpers/built-cli';
import { goodWorkbookSpecs, workbookOf } from '../cli/helpers/good-workbook';
import { networkUses } from './network-scan';

/**
 * Preloaded into the built tool: any Node network module it loads, and any call of the web's
 * request APIs, is written to stderr and throws. The tool must never trip it.
 */
const TRIPWIRE = `
const Module = require('node:module');
const NETWORK = new Set(['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns']);
const load = Module._load;
Module._load = function (request, ...rest) {
  if (NETWORK.has(String(request).replace(/^node:/, ''))) {
    process.stderr.write('NETWORK: require ' + request + '\\n');
    throw new Error('network module ' + request);
  }
  return load.call(this, request, ...rest);
};
for (const api of ['fetch', 'WebSocket', 'EventSource', 'XMLHttpRequest']) {
  globalThis[api] = function () {
    process.stderr.write('NETWORK: ' + api + '\\n');
    throw new Error(api);
  };
}
`;

let dir: string;
let tripwire: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'co-network-'));
  tripwire = join(dir, 'tripwire.cjs');
  await writeFile(tripwire, TRIPWIRE);
  await writeFile(join(dir, 'plan.xlsx'), await workbookOf(goodWorkbookSpecs()));
  await copyFile(
    join(__dirname, '..', 'fixtures', 'imports', 'google-ads-en.utf16le.tsv'),
    join(dir, 'ads.tsv'),
  );
});

function run(...args: string[]): { code: number | null; stderr: string } {
  const r = spawnSync(process.execPath, ['--require', tripwire, ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stderr: r.stderr };
}

describe('the command-line tool reaches no network', () => {
  it('the tripwire catches a network module and fetch', () => {
    expect(run('-e', 'require("node:https")').stderr).toContain('NETWORK: require node:https');
    expect(run('-e', 'fetch("https://example.com")').stderr).toContain('NETWORK: fetch');
  });

  it.each([
    ['demo', ['demo', '--dir', 'demo']],
    ['init', ['init', 'template.xlsx']],
    ['import', ['import', 'ads.tsv', '--into', 'plan.xlsx', '--campaign', 'C-1']],
    ['track', ['track', 'plan.xlsx', '--as-of', '2026-11-20T12:00:00Z', '--json']],
  ])(
    '%s runs to the end under the tripwire',
    (_name, args) => {
      const r = run(BUILT_BIN, ...args);
      expect(r.stderr).not.toContain('NETWORK');
      expect(r.code).toBe(0);
    },
    120_000,
  );

  it('its compiled code (dist/cli) names no network API', async () => {
    const root = join(BUILT_BIN, '..');
    const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(20);
    const uses = [];
    for (const f of files)
      uses.push(...networkUses(await readFile(join(root, f), 'utf8')).map((u) => `${f}: ${u.api}`));
    expect(uses).toEqual([]);
  });
});
