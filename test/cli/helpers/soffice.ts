import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { ZipArchive } from '../../../src/cli/package/zip/zip-archive';

/** LibreOffice's CSV filter: comma, double quote, UTF-8, first line kept, formulas as results, every sheet (-1). */
const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/**
 * LibreOffice's setting "recalculation on file load" of Excel 2007+ files: always. Without it
 * LibreOffice shows the saved results, and a workbook set to manual calculation shows its TRUE and
 * FALSE cells as 0.
 */
const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Converts workbooks with LibreOffice in one run (it takes seconds to start), each sheet to its own
 * CSV file, and returns the CSV text by workbook file name and sheet name. A private profile lets
 * several test files run it at once. With `recalculate`, LibreOffice recalculates every workbook as
 * it opens it.
 */
export function sheetsAsCsv(
  files: readonly string[],
  { recalculate = false }: { recalculate?: boolean } = {},
): Map<string, Map<string, string>> {
  const out = mkdtempSync(join(tmpdir(), 'co-soffice-'));
  const profile = mkdtempSync(join(tmpdir(), 'co-soffice-profile-'));
  if (recalculate) {
    mkdirSync(join(profile, 'user'));
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALCULATE_ON_LOAD);
  }
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      CSV_ALL_SHEETS,
      '--outdir',
      out,
      ...files,
    ],
    { stdio: 'pipe', timeout: 300_000 },
  );
  const result = new Map<string, Map<string, string>>();
  for (const file of files) {
    const base = basename(file, extname(file));
    const sheets = new Map<string, string>();
    for (const name of readdirSync(out)) {
      if (name.startsWith(`${base}-`) && name.endsWith('.csv')) {
        sheets.set(name.slice(base.length + 1, -4), readFileSync(join(out, name), 'utf8'));
      }
    }
    result.set(basename(file), sheets);
  }
  return result;
}

/**
 * Has LibreOffice open workbooks and save them as OpenDocument, and returns, by workbook file name,
 * how many charts each holds after the round trip (LibreOffice keeps each chart it could read as an
 * embedded chart object): the charts a workbook holds as LibreOffice reads them.
 */
export function chartsAsLibreOfficeReads(files: readonly string[]): Map<string, number> {
  const out = mkdtempSync(join(tmpdir(), 'co-soffice-'));
  const profile = mkdtempSync(join(tmpdir(), 'co-soffice-profile-'));
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'ods',
      '--outdir',
      out,
      ...files,
    ],
    { stdio: 'pipe', timeout: 180_000 },
  );
  const result = new Map<string, number>();
  for (const file of files) {
    const ods = join(out, `${basename(file, extname(file))}.ods`);
    const manifest = ZipArchive.open(readFileSync(ods)).text('META-INF/manifest.xml');
    result.set(
      basename(file),
      (manifest.match(/manifest:media-type="application\/vnd\.oasis\.opendocument\.chart"/g) ?? []).length,
    );
  }
  return result;
}
