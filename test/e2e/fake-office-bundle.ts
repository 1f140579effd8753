import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { webpack, type Configuration } from 'webpack';

const ROOT = resolve(__dirname, '../..');
export const STAND_IN_FILE = 'office-stand-in.js';

/**
 * Bundles the in-memory Excel and its bootstrap (`browser/office-stand-in.ts`) for the browser with
 * the project's webpack and swc-loader, into `outputPath/office-stand-in.js`, and returns the
 * script's text. No eval (the page's policy forbids it), no source map.
 *
 * @example const script = await buildOfficeStandIn(join(work, 'fake-office'));
 */
export function buildOfficeStandIn(outputPath: string): Promise<string> {
  const config: Configuration = {
    mode: 'development',
    context: ROOT,
    target: ['web', 'es2020'],
    devtool: false,
    entry: { 'office-stand-in': './test/e2e/browser/office-stand-in.ts' },
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
    performance: { hints: false },
  };
  return new Promise((done, fail) =>
    webpack(config, (error, result) => {
      if (error || !result) return fail(error ?? new Error('webpack gave no stats'));
      if (result.hasErrors()) return fail(new Error(result.toString('errors-only')));
      done(readFileSync(join(outputPath, STAND_IN_FILE), 'utf8'));
    }),
  );
}
