// @ts-check
// Builds the Excel add-in into dist/addin (docs/addin.md). `npm run build` needs no certificate and no
// network; only `npm start` (webpack serve) asks office-addin-dev-certs for a localhost certificate.
'use strict';

const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { OFFICE_JS_URL, contentSecurityPolicy, policyText } = require('./build/content-security-policy');
const { DEV_BASE_URL, normalizeBaseUrl, productionManifest } = require('./build/production-manifest');
const { FunctionsMetadataOptionsPlugin } = require('./build/functions-metadata');

const FUNCTIONS_SOURCE = './functions/functions.ts';

/**
 * @typedef {object} AddinBuildOptions
 * @property {'production' | 'development'} mode
 * @property {string} baseUrl where the production add-in is served (ADDIN_BASE_URL)
 * @property {string} [outputPath] default dist/addin
 * @property {boolean} [serve] webpack serve: the page's policy admits the dev server's socket
 */

/** @typedef {import('webpack').Configuration & { devServer?: import('webpack-dev-server').Configuration }} AddinConfig */

/**
 * The webpack configuration of the add-in.
 *
 * @param {AddinBuildOptions} options
 * @returns {AddinConfig}
 */
function addinConfig({ mode, baseUrl, outputPath = path.resolve(__dirname, 'dist/addin'), serve = false }) {
  const production = mode === 'production';
  const csp = policyText(contentSecurityPolicy(serve ? { devServerOrigin: DEV_BASE_URL } : {}));
  /** @param {string} template @param {string} filename @param {string[]} chunks */
  const page = (template, filename, chunks) =>
    new HtmlWebpackPlugin({
      template,
      filename,
      chunks,
      inject: 'head',
      scriptLoading: 'defer',
      csp,
      officeJsUrl: OFFICE_JS_URL,
    });
  return {
    mode,
    context: __dirname,
    // ES2021: what the pane's own dependencies need (Fluent UI's focus manager, tabster, uses
    // WeakRef), and what every Excel the add-in supports runs. Built-ins newer than that are kept out
    // of our code by eslint (es-x); the build test parses every bundle as ES2021.
    target: ['web', 'es2021'],
    // Never an eval-based source map: the pages' policy has no 'unsafe-eval'.
    devtool: 'source-map',
    entry: {
      runtime: './taskpane/runtime.ts',
      // The manifest's <Script> URL. In the shared runtime Excel runs the page above, whose runtime
      // bundle already holds the same functions; this file exists because the manifest must name one.
      functions: FUNCTIONS_SOURCE,
    },
    output: {
      path: outputPath,
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // TypeScript's nodenext resolution wants `./app/main.js` in a dynamic import; the file is .tsx.
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic', development: !production } },
                target: 'es2021',
              },
            },
          },
        },
        {
          // Dependencies ship newer syntax than the target (tabster, under Fluent UI, has class static
          // blocks, ES2022): swc rewrites it to ES2021 too. Built-ins stay as they are.
          test: /\.m?js$/,
          include: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2021' }, isModule: 'unknown' },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: 'functions.json' }),
      // Top-level options the JSDoc generator cannot write (errors reach the functions).
      new FunctionsMetadataOptionsPlugin(),
      page('./taskpane/taskpane.html', 'taskpane.html', ['runtime']),
      page('./taskpane/help.html', 'help.html', []),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (production ? productionManifest(content.toString(), baseUrl) : content),
          },
        ],
      }),
    ],
    // One UI chunk (React, Fluent UI and the pane), loaded on demand; nothing split out of it.
    optimization: { splitChunks: false },
    performance: { hints: false },
    devServer: {
      // The port of manifest.xml's URLs (package.json config.dev_server_port says the same to office-addin-debugging).
      port: Number(new URL(DEV_BASE_URL).port),
      // Excel on the web fetches functions.json from its own origin.
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: 'https',
    },
  };
}

/** The localhost certificate of office-addin-dev-certs (installed and trusted on first use). */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

/**
 * @param {Record<string, unknown>} env
 * @param {{ mode?: string }} argv
 */
module.exports = async (env, argv) => {
  const serve = env.WEBPACK_SERVE === true;
  const mode = argv.mode === 'development' ? 'development' : 'production';
  const baseUrl = mode === 'production' ? normalizeBaseUrl(process.env.ADDIN_BASE_URL) : DEV_BASE_URL;
  if (mode === 'production') console.log(`dist/addin/manifest.xml points at ${baseUrl} (ADDIN_BASE_URL)`);
  const config = addinConfig({ mode, baseUrl, serve });
  if (serve)
    config.devServer = { ...config.devServer, server: { type: 'https', options: await httpsOptions() } };
  return config;
};
module.exports.addinConfig = addinConfig;
