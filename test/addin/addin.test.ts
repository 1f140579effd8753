import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StatsCompilation } from 'webpack';
import { OFFICE_JS_URL } from '../../build/content-security-policy';
import { validateManifest } from '../manifest/validate-manifest';
import { serveAddin, type AddinSite } from './browser';
import { addinBuildOnce, TEST_BASE_URL } from './addin-build-once';
import { modulesOf } from './build-addin';
import { networkUses } from '../security/network-scan';
import { pagePolicy, pageScripts } from './page';
import { parse } from 'acorn';

// The run's production build (`npm run build` with ADDIN_BASE_URL set, made once per jest run and
// shared with the end-to-end test); every test inspects its files, its module graph, or the page
// running in headless Chromium.
const BASE_URL = TEST_BASE_URL;
const work = mkdtempSync(join(tmpdir(), 'addin-site-'));
let out = '';
let stats: StatsCompilation;
let site: AddinSite | undefined;

beforeAll(async () => {
  ({ out, stats } = await addinBuildOnce());
  site = await serveAddin(out, work);
}, 300_000);
afterAll(() => site?.close());

const read = (file: string) => readFileSync(join(out, file), 'utf8');
const chunksNamed = (name: string) => (stats.chunks ?? []).filter((c) => c.names?.includes(name));
const UI_PACKAGES = /node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel)[\\/]/;

describe('npm run build: dist/addin', () => {
  it('holds the page, the scripts, the metadata, the assets and the manifest', () => {
    const files = [
      'taskpane.html',
      'help.html',
      'runtime.js',
      'functions.js',
      'functions.json',
      'manifest.xml',
    ];
    for (const file of files) expect(existsSync(join(out, file))).toBe(true);
    for (const size of [16, 32, 64, 80]) expect(existsSync(join(out, `assets/icon-${size}.png`))).toBe(true);
    for (const chunk of ['taskpane-ui', 'imports'])
      expect(
        readdirSync(out).filter((f) => new RegExp(`^${chunk}\\.[0-9a-f]{8}\\.js$`).test(f)),
      ).toHaveLength(1);
  });

  it('writes a production manifest: no localhost left, valid, every URL served from dist/addin', () => {
    const manifest = read('manifest.xml');
    expect(manifest).not.toContain('localhost');
    expect(validateManifest(manifest).ok).toBe(true);
    const urls = [...manifest.matchAll(/DefaultValue="(https:[^"]+)"/g)].map((m) => m[1] ?? '');
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      expect(url.startsWith(`${BASE_URL}/`)).toBe(true);
      expect(existsSync(join(out, url.slice(BASE_URL.length + 1)))).toBe(true);
    }
  });
});

describe('functions.json', () => {
  it('lets errors in cells reach the functions, and data types arrive as plain values', () => {
    const metadata = JSON.parse(read('functions.json')) as Record<string, unknown>;
    expect(metadata).toMatchObject({ allowErrorForDataTypeAny: true, allowCustomDataForDataTypeAny: false });
  });

  it('takes spent before allocated in every budget function', () => {
    const { functions } = JSON.parse(read('functions.json')) as {
      functions: { id: string; parameters: { name: string }[] }[];
    };
    const params = (id: string) =>
      functions
        .find((f) => f.id === id)
        ?.parameters.map((p) => p.name)
        .slice(0, 2);
    for (const id of ['BUDGET_UTILIZATION', 'BUDGET_REMAINING', 'PACING'])
      expect(params(id)).toEqual(['spent', 'allocated']);
  });
});

describe('taskpane.html', () => {
  it('loads Office.js from the CDN first, then only the runtime; no inline script', () => {
    expect(pageScripts(read('taskpane.html'))).toEqual([
      { src: OFFICE_JS_URL, deferred: false, body: '' },
      { src: 'runtime.js', deferred: true, body: '' },
    ]);
  });

  it.each(['taskpane.html', 'help.html'])(
    '%s has a policy: own origin and the Office.js CDN, no eval',
    (page) => {
      const policy = pagePolicy(read(page));
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('script-src')).toEqual(["'self'", new URL(OFFICE_JS_URL).origin]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      for (const [directive, sources] of policy) {
        expect(sources).not.toContain("'unsafe-eval'");
        expect(sources).not.toContain('*');
        if (directive !== 'style-src') expect(sources).not.toContain("'unsafe-inline'");
      }
    },
  );

  it.each(['taskpane.html', 'help.html'])('%s names no origin but its own and the Office.js CDN', (page) => {
    const allowed = new Set(["'self'", "'none'", "'unsafe-inline'", 'data:', new URL(OFFICE_JS_URL).origin]);
    const policy = pagePolicy(read(page));
    expect([...policy.values()].flat().filter((source) => !allowed.has(source))).toEqual([]);
    // Nothing may be fetched or posted anywhere but the add-in's own origin.
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('every script it loads is allowed by its policy', () => {
    const html = read('taskpane.html');
    const allowed = pagePolicy(html).get('script-src') ?? [];
    for (const { src } of pageScripts(html)) {
      const url = new URL(src ?? '', `${BASE_URL}/taskpane.html`);
      const own = url.origin === new URL(BASE_URL).origin;
      expect(own ? allowed.includes("'self'") : allowed.includes(url.origin)).toBe(true);
    }
  });
});

describe('the bundles', () => {
  it('never bundle Office.js', () => {
    const all = (stats.chunks ?? []).flatMap(modulesOf);
    expect(all.length).toBeGreaterThan(10);
    expect(all.filter((m) => /office-js|office\.js/i.test(m))).toEqual([]);
  });

  it('keep React and Fluent UI out of the runtime and the functions: only the UI chunk has them', () => {
    for (const entry of ['runtime', 'functions']) {
      const [chunk, ...more] = chunksNamed(entry);
      expect(more).toEqual([]);
      expect(chunk?.initial).toBe(true);
      const modules = modulesOf(chunk);
      expect(modules.some((m) => m.endsWith('functions/functions.ts'))).toBe(true);
      expect(modules.filter((m) => UI_PACKAGES.test(m))).toEqual([]);
    }
    const [ui] = chunksNamed('taskpane-ui');
    expect(ui?.initial).toBe(false);
    const uiModules = modulesOf(ui);
    expect(uiModules.some((m) => m.endsWith('taskpane/app/main.tsx'))).toBe(true);
    expect(uiModules.some((m) => /node_modules[\\/]react-dom[\\/]/.test(m))).toBe(true);
    expect(uiModules.some((m) => /node_modules[\\/]@fluentui[\\/]react-provider[\\/]/.test(m))).toBe(true);
  });

  it('load the importers only when an import starts: their own chunk, not in the runtime or the UI', () => {
    const importer = /src[\\/]imports[\\/]/;
    const [chunk, ...more] = chunksNamed('imports');
    expect(more).toEqual([]);
    expect(chunk?.initial).toBe(false);
    const modules = modulesOf(chunk);
    expect(modules.some((m) => m.endsWith('src/excel/actions/import-actions.ts'))).toBe(true);
    expect(modules.some((m) => importer.test(m))).toBe(true);
    for (const name of ['runtime', 'functions', 'taskpane-ui'])
      expect(modulesOf(chunksNamed(name)[0]).filter((m) => importer.test(m))).toEqual([]);
  });

  it('send workbook data nowhere: no network API in any script but webpack loading the pane’s own chunk', () => {
    const scripts = readdirSync(out).filter((f) => f.endsWith('.js'));
    const uses = scripts.flatMap((file) => networkUses(read(file)).map((u) => ({ file, ...u })));
    // webpack's chunk loader adds one <script> for taskpane-ui.[hash].js or imports.[hash].js, from
    // the runtime's own folder; the page's policy allows scripts only from there and the Office.js CDN.
    const loader = uses.filter(
      (u) => u.file === 'runtime.js' && u.api === 'script element' && u.excerpt.includes('data-webpack'),
    );
    expect(loader).toHaveLength(1);
    expect(uses.filter((u) => !loader.includes(u))).toEqual([]);
  });

  it('keep zod out of the functions script (they need no schema); the runtime has it for the pane', () => {
    const zod = /node_modules[\\/]zod[\\/]/;
    const [chunk] = chunksNamed('functions');
    const modules = modulesOf(chunk);
    expect(modules.some((m) => m.endsWith('functions/functions.ts'))).toBe(true);
    expect(modules.filter((m) => zod.test(m))).toEqual([]);
    // The runtime turns zod's JIT off (zod-jitless.ts), so the pane's engine finds zod already loaded.
    const [runtime] = chunksNamed('runtime');
    expect(modulesOf(runtime).some((m) => zod.test(m))).toBe(true);
  });

  it('parse as ES2021, the build target every Excel the add-in supports runs (dependencies too)', () => {
    const scripts = readdirSync(out).filter((f) => f.endsWith('.js'));
    const failures = scripts.flatMap((file) => {
      try {
        parse(read(file), { ecmaVersion: 2021, sourceType: 'script' });
        return [];
      } catch (error) {
        return [`${file}: ${(error as Error).message}`];
      }
    });
    expect(failures).toEqual([]);
    // The check can fail: ES2022 syntax (a class static block) does not parse.
    expect(() => parse('class A { static { this.x = 1; } }', { ecmaVersion: 2021 })).toThrow();
  });

  it("call no eval; the one new Function is zod's guarded probe, which the runtime turns off", () => {
    const scripts = readdirSync(out).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBe(4);
    for (const file of scripts) {
      const code = read(file);
      expect(code).not.toMatch(/(^|[^\w.$])eval\s*\(/);
      for (const use of code.match(/.{0,20}(^|[^\w.$])Function\s*\(.{0,20}/g) ?? [])
        expect(use).toContain('try{return new Function(""),!0}catch');
    }
    expect(read('runtime.js')).toContain('jitless:!0');
  });
});

describe('taskpane.html in a browser (headless Chromium, Office.js stood in for)', () => {
  it('registers every function before waiting for Office, then mounts the UI; no CSP violation', async () => {
    const { dom, log } = await (site as AddinSite).open('taskpane.html');
    expect(log).not.toMatch(/Content Security Policy/i);
    const events = (/data-log="([^"]*)"/.exec(dom)?.[1] ?? '').split(' ');
    const ready = events.indexOf('onReady');
    expect(ready).toBeGreaterThan(0);
    const metadata = JSON.parse(read('functions.json')) as { functions: { id: string }[] };
    for (const { id } of metadata.functions) {
      expect(events.indexOf(`function:${id}`)).toBeGreaterThanOrEqual(0);
      expect(events.indexOf(`function:${id}`)).toBeLessThan(ready);
    }
    expect(dom).toContain('class="fui-FluentProvider');
    expect(dom).toMatch(/<h1[^>]*>Campaign Operator<\/h1>/);
  }, 120_000);

  it('refuses an inline script under the same policy (the check can fail)', async () => {
    const html = read('help.html').replace('<title>', '<script>document.title="x"</script><title>');
    writeFileSync(join(out, 'probe.html'), html);
    const { log } = await (site as AddinSite).open('probe.html');
    expect(log).toMatch(/violates the following Content Security Policy directive/);
  }, 120_000);
});
