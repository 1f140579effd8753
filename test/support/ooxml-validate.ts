import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedPath } from './shared-folder';

/** The ECMA-376 validator for `.xlsx` packages (`shared/schemas/ooxml/README.md`; needs python3-lxml). */
export const OOXML_VALIDATE = sharedPath('tools/ooxml-validate');

/** What the validator said: the parts it found invalid, each with its first error, and its last line. */
export interface OoxmlVerdict {
  readonly invalid: ReadonlyMap<string, string>;
  readonly summary: string;
}

/**
 * Validates the named parts of a package (every part of a known content type when `parts` is empty)
 * against the ECMA-376 schemas. Rejects only when the validator cannot run or cannot read the file.
 *
 * @example const { invalid } = await validateOoxml('out.xlsx', ['xl/workbook.xml']); invalid.size // 0
 */
export function validateOoxml(file: string, parts: readonly string[] = []): Promise<OoxmlVerdict> {
  return new Promise((resolve, reject) => {
    const options = { encoding: 'utf8' as const, timeout: 120_000 };
    execFile(OOXML_VALIDATE, [file, ...parts], options, (error, stdout, stderr) => {
      const lines = stdout.trim().split('\n');
      const summary = lines[lines.length - 1] ?? '';
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      if ((code !== 0 && code !== 1) || !/^\d+\/\d+ parts valid$/.test(summary)) {
        const hint = /lxml/.test(stderr) ? ' (apt-get install -y python3-lxml)' : '';
        reject(new Error(`${OOXML_VALIDATE} ${file} did not run${hint}: ${stderr || stdout}`));
        return;
      }
      const invalid = new Map<string, string>();
      for (const line of lines.slice(0, -1)) {
        const colon = line.indexOf(': ');
        if (colon > 0) invalid.set(line.slice(0, colon), line.slice(colon + 2));
      }
      resolve({ invalid, summary });
    });
  });
}

/**
 * `validateOoxml` for a package held in memory (written to a temporary file first).
 *
 * @example expect((await validateOoxmlBytes(host.bytes())).invalid).toEqual(new Map());
 */
export async function validateOoxmlBytes(
  bytes: Uint8Array,
  parts: readonly string[] = [],
): Promise<OoxmlVerdict> {
  const dir = await mkdtemp(join(tmpdir(), 'co-ooxml-'));
  const file = join(dir, 'book.xlsx');
  await writeFile(file, bytes);
  try {
    return await validateOoxml(file, parts);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
