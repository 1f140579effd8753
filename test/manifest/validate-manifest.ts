import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedPath } from '../support/shared-folder';

/** The official add-in manifest schema. */
export const MANIFEST_SCHEMA = sharedPath('schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd');

/** Validates XML text against the official add-in manifest XSDs with xmllint (offline). */
export function validateManifest(xml: string): { ok: boolean; output: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'manifest-')), 'manifest.xml');
  writeFileSync(file, xml);
  try {
    const output = execFileSync('xmllint', ['--noout', '--schema', MANIFEST_SCHEMA, file], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { ok: true, output };
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    if (/ENOENT/.test(err.message))
      throw new Error('xmllint is missing: apt-get install -y libxml2-utils', { cause: e });
    return { ok: false, output: err.stderr ?? err.message };
  }
}
