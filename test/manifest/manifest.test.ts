import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const schema = resolve(root, '../shared/schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');

/** Validates XML text against the official add-in manifest XSDs with xmllint (offline). */
function validate(xml: string): { ok: boolean; output: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'manifest-')), 'manifest.xml');
  writeFileSync(file, xml);
  try {
    const output = execFileSync('xmllint', ['--noout', '--schema', schema, file], {
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

describe('manifest.xml', () => {
  it('the schemas are where ../shared says', () => {
    expect(existsSync(schema)).toBe(true);
  });

  it('validates against the official XSD schemas', () => {
    const result = validate(manifest);
    expect(result.output).not.toMatch(/fails to validate/);
    expect(result.ok).toBe(true);
  });

  it('is rejected when an element is out of order (the check can fail)', () => {
    const misordered = manifest.replace(
      /(<Runtimes>[\s\S]*?<\/Runtimes>)(\s*)(<AllFormFactors>[\s\S]*?<\/AllFormFactors>)/,
      '$3$2$1',
    );
    expect(misordered).not.toBe(manifest);
    expect(validate(misordered).ok).toBe(false);
  });

  it('is rejected with a bad runtime lifetime', () => {
    expect(validate(manifest.replace('lifetime="long"', 'lifetime="forever"')).ok).toBe(false);
  });

  it('declares a shared runtime used by the pane, the commands and the functions', () => {
    expect(manifest).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long" \/>/);
    expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1" \/>/);
    expect(manifest).toMatch(/<FunctionFile resid="Taskpane.Url" \/>/);
    expect(manifest).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url" \/>/);
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="OPS" \/>/);
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  });

  it('has the Campaign Operator tab with Open tracker and Run checks', () => {
    expect(manifest).toMatch(/<bt:String id="Tab.Label" DefaultValue="Campaign Operator" \/>/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(manifest).toMatch(/<Action xsi:type="ExecuteFunction">\s*<FunctionName>runChecks<\/FunctionName>/);
    expect(manifest).toMatch(/DefaultValue="Open tracker"/);
    expect(manifest).toMatch(/DefaultValue="Run checks"/);
  });

  it('every icon it names exists at its size', () => {
    for (const size of [16, 32, 64, 80]) {
      const png = readFileSync(join(root, 'assets', `icon-${size}.png`));
      expect(png.readUInt32BE(16)).toBe(size);
      expect(png.readUInt32BE(20)).toBe(size);
    }
    for (const [, size] of manifest.matchAll(/assets\/icon-(\d+)\.png/g)) {
      expect([16, 32, 64, 80]).toContain(Number(size));
    }
  });
});
