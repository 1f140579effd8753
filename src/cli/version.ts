import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The version in the project's package.json (two folders up from both src/cli and dist/cli).
 *
 * @example toolVersion() // '0.1.0'
 */
export function toolVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      version?: unknown;
    };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}
