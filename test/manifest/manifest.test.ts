import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MANIFEST_SCHEMA as schema, validateManifest as validate } from './validate-manifest';

const root = resolve(__dirname, '../..');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');

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

  it('opens one task pane: the shared runtime’s page, under one TaskpaneId', () => {
    // Microsoft's shared-runtime article: a shared runtime supports one task pane, and "any task
    // pane without a <TaskpaneID> is considered a different task pane" (docs/excel-host.md).
    const actions = [...manifest.matchAll(/<Action xsi:type="ShowTaskpane">([\s\S]*?)<\/Action>/g)];
    expect(actions).toHaveLength(1);
    const body = actions[0]?.[1] ?? '';
    expect(body).toMatch(/<TaskpaneId>CampaignOperator\.Taskpane<\/TaskpaneId>/);
    expect(body).toMatch(/<SourceLocation resid="Taskpane.Url" \/>/);
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
