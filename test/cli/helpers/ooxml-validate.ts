import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const TOOL_IN_SHARED = 'shared/tools/ooxml-validate';

/** `shared/` beside the repository (CI's clone), else beside a folder above it (a git worktree). */
function findTool(): string {
  const besideRepository = resolve(__dirname, '../../../..');
  for (let dir = besideRepository; ; dir = dirname(dir)) {
    const candidate = join(dir, TOOL_IN_SHARED);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return join(besideRepository, TOOL_IN_SHARED);
  }
}

/** The ECMA-376 validator of `.xlsx` packages (README in `shared/schemas/ooxml/`). */
export const OOXML_VALIDATE = findTool();

/**
 * Checks every part of a package against the ECMA-376 schemas, as Excel reads them (markup
 * compatibility applied). `output` names each invalid part with its first error.
 *
 * @example expect(validatePackage(bytes)).toEqual({ ok: true, output: expect.any(String) });
 */
export function validatePackage(bytes: Uint8Array): { ok: boolean; output: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'co-ooxml-')), 'book.xlsx');
  writeFileSync(file, bytes);
  try {
    return { ok: true, output: execFileSync(OOXML_VALIDATE, [file], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    if (/ENOENT/.test(err.message)) throw new Error(`${OOXML_VALIDATE} is missing`, { cause: e });
    return { ok: false, output: `${err.stdout ?? ''}${err.stderr ?? err.message}` };
  }
}
