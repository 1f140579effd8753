// @ts-check
// `npm run playground`: the add-in's task pane in a browser, without Excel, over the in-memory Excel
// the tests use (docs/taskpane.md, "The playground"). Builds the add-in as `npm run build` does and the
// playground's two scripts, then serves them on http://localhost:$PORT (default 3001).
'use strict';

const { createReadStream, existsSync, readFileSync, statSync } = require('node:fs');
const { createServer } = require('node:http');
const { extname, join, normalize, resolve, sep } = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { webpack } = require('webpack');
const { OFFICE_JS_URL } = require('./content-security-policy');

const ROOT = resolve(__dirname, '..');
/** The playground's stand-in for Office.js, served in place of Microsoft's script. */
const STAND_IN = 'pane-office.js';
const DEFAULT_PORT = 3001;
/** Any https base URL: the playground never uses the manifest the build writes. */
const MANIFEST_BASE_URL = 'https://localhost:3000';

const TYPES = /** @type {Readonly<Record<string, string>>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.map': 'application/json',
});

/**
 * The webpack configuration of the playground's own files: the page (`playground.js`, with its HTML
 * and CSS) and the stand-in for Office.js that the pane's page loads (`pane-office.js`). No eval:
 * the pane's page forbids it.
 *
 * @param {string} outputPath
 * @returns {import('webpack').Configuration}
 */
function playgroundSiteConfig(outputPath) {
  return {
    mode: 'development',
    context: ROOT,
    target: ['web', 'es2020'],
    devtool: false,
    entry: { 'pane-office': './playground/pane-office.ts', playground: './playground/page.ts' },
    output: { path: outputPath, filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.js'], extensionAlias: { '.js': ['.ts', '.js'] } },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: { jsc: { parser: { syntax: 'typescript' }, target: 'es2020' } },
          },
        },
      ],
    },
    plugins: [
      new CopyWebpackPlugin({
        patterns: [
          { from: 'playground/index.html', to: 'index.html' },
          { from: 'playground/playground.css', to: 'playground.css' },
        ],
      }),
    ],
    performance: { hints: false },
  };
}

/**
 * Runs webpack over `configs` (one compiler each, one after the other: CPU is shared).
 *
 * @param {import('webpack').Configuration[]} configs
 * @returns {Promise<void>}
 */
async function compile(configs) {
  for (const config of configs) {
    await new Promise((done, fail) =>
      webpack(config, (error, result) => {
        if (error || !result) return fail(error ?? new Error('webpack gave no stats'));
        if (result.hasErrors()) return fail(new Error(result.toString('errors-only')));
        done(undefined);
      }),
    );
  }
}

/**
 * Builds the playground's page and stand-in into `siteDir`.
 *
 * @example await buildPlaygroundSite('/tmp/site')
 * @param {string} siteDir
 * @returns {Promise<void>}
 */
function buildPlaygroundSite(siteDir) {
  return compile([playgroundSiteConfig(siteDir)]);
}

/**
 * The add-in's page as the playground serves it: Microsoft's Office.js replaced by the stand-in
 * (same origin, so the page's own policy admits it); nothing else changes.
 *
 * @example playgroundTaskpane(readFileSync('dist/addin/taskpane.html', 'utf8'))
 * @param {string} html
 * @returns {string}
 */
function playgroundTaskpane(html) {
  if (!html.includes(OFFICE_JS_URL)) throw new Error(`taskpane.html does not load ${OFFICE_JS_URL}`);
  return html.split(OFFICE_JS_URL).join(STAND_IN);
}

/**
 * @typedef {object} Playground
 * @property {string} origin `http://localhost:<port>`
 * @property {() => Promise<void>} close
 */

/**
 * Serves the playground over HTTP on `host`: `/` is its page, `/taskpane.html` the add-in's page
 * loading the stand-in, every other file from the add-in build or the playground's files. `port` 0
 * takes a free port.
 *
 * @example const playground = await servePlayground({ addinDir: 'dist/playground/addin', siteDir: 'dist/playground/site', port: 3001 });
 * @param {{ addinDir: string; siteDir: string; port: number; host?: string }} options
 * @returns {Promise<Playground>}
 */
async function servePlayground({ addinDir, siteDir, port, host = 'localhost' }) {
  const taskpane = playgroundTaskpane(readFileSync(join(addinDir, 'taskpane.html'), 'utf8'));
  /** @param {string} path */
  const fileFor = (path) => {
    for (const root of [siteDir, addinDir]) {
      const file = normalize(join(root, path));
      if (file.startsWith(root + sep) && existsSync(file) && statSync(file).isFile()) return file;
    }
    return null;
  };
  const server = createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/');
    if (path === '/taskpane.html') {
      response.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      response.end(taskpane);
      return;
    }
    const file = fileFor(path === '/' ? '/index.html' : path);
    if (file === null) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(undefined));
  });
  const address = server.address();
  const bound = typeof address === 'object' && address !== null ? address.port : port;
  return {
    origin: `http://${host === '127.0.0.1' ? '127.0.0.1' : 'localhost'}:${bound}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** `npm run playground`: build everything into dist/playground, then serve until stopped. */
async function main() {
  const port = Number(process.env['PORT'] ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT "${process.env['PORT']}" is not a port`);
  const out = join(ROOT, 'dist', 'playground');
  const addinDir = join(out, 'addin');
  const siteDir = join(out, 'site');
  const { addinConfig } = require('../webpack.config');
  console.log('Building the add-in and the playground (about a minute)…');
  await compile([addinConfig({ mode: 'production', baseUrl: MANIFEST_BASE_URL, outputPath: addinDir })]);
  await buildPlaygroundSite(siteDir);
  const playground = await servePlayground({ addinDir, siteDir, port });
  console.log(`Campaign Operator playground: ${playground.origin}/`);
  console.log(`  ${playground.origin}/?workbook=sample    the sample campaign`);
  console.log(`  ${playground.origin}/?workbook=empty     an empty workbook (a first run)`);
  console.log(`  ${playground.origin}/?theme=dark         Office's dark theme`);
  console.log('Stop with Ctrl+C.');
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}

module.exports = { buildPlaygroundSite, playgroundSiteConfig, playgroundTaskpane, servePlayground, STAND_IN };
