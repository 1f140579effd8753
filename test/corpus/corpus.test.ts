import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { validateOoxml, type OoxmlVerdict } from '../support/ooxml-validate';
import { sheetsAsCsv } from '../cli/helpers/soffice';
import { corpusFiles, structureLocked, type CorpusFile } from './corpus-files';
import { diffParts, readParts, type Parts } from './package-diff';
import { whatWasKept, type KeepReport } from './owned-parts';
import { inPool } from './run-cli';
import { runCorpus, type CorpusRun, type Stage } from './run-corpus';
import { asTransitional, hasStrictParts } from './strict-as-transitional';

// Every real-world workbook of test/corpus/files (SOURCES.md) goes through the built tool as a user
// takes it: `init --add --sample`, `track --out`, `import`. What is checked, and which parts the tool
// owns, is in test/corpus/README.md.

const FILES = corpusFiles();

/** Workbooks whose structure is protected: `init --add` refuses them (checked against the files below). */
const REFUSED = ['poi-workbookProtection-workbook_password_user_range-2010.xlsx'];

/** Runs at once: the machine has two cores, and each run is one process. */
const PARALLEL = 2;

/** The report time of every run: now, to the minute (the sample is built around today). */
const AS_OF = `${new Date().toISOString().slice(0, 16)}:00Z`;

let plain: CorpusRun;
const runs = new Map<string, CorpusRun>();
const verdicts = new Map<string, { init: OoxmlVerdict | null; import: OoxmlVerdict | null }>();
let csv: Map<string, Map<string, string>>;
let scratch = '';

/** The parts a command wrote or patched, less those already invalid in the user's file. */
function writtenParts(original: Parts, after: Parts, invalidBefore: ReadonlySet<string>): string[] {
  const diff = diffParts(original, after);
  return [...diff.changed, ...diff.added].filter((p) => !invalidBefore.has(p));
}

/**
 * The validator's verdict on the parts a command wrote or patched. A Strict package is validated as
 * its transitional twin (strict-as-transitional.ts): the validator has only the transitional schemas.
 */
async function validateStage(
  original: Parts,
  stage: Stage | null,
  invalidBefore: ReadonlySet<string>,
  strict: boolean,
): Promise<OoxmlVerdict | null> {
  if (stage === null || stage.parts === null) return null;
  const parts = writtenParts(original, stage.parts, invalidBefore);
  if (parts.length === 0) return { invalid: new Map(), summary: 'nothing written' };
  if (!strict) return validateOoxml(stage.file, parts);
  const twin = `${stage.file}.as-transitional.xlsx`;
  await writeFile(twin, await asTransitional(stage.parts));
  return validateOoxml(twin, parts);
}

/** The parts of the user's file the validator already finds invalid (read as transitional when Strict). */
async function invalidInOriginal(run: CorpusRun, strict: boolean): Promise<Set<string>> {
  let file = run.originalFile;
  if (strict) {
    file = `${run.init.file}.original-as-transitional.xlsx`;
    await writeFile(file, await asTransitional(run.original));
  }
  return new Set((await validateOoxml(file)).invalid.keys());
}

beforeAll(async () => {
  const done = await runCorpus(FILES, AS_OF, PARALLEL);
  scratch = done.folder;
  plain = done.plain;
  for (const run of done.runs) runs.set(run.name, run);

  await inPool([plain, ...done.runs], PARALLEL, async (run) => {
    // The plain sample is all the tool's: every part of it is checked.
    const original = run === plain ? new Map<string, Uint8Array>() : run.original;
    const strict = hasStrictParts(run.original);
    const invalidBefore = run === plain ? new Set<string>() : await invalidInOriginal(run, strict);
    verdicts.set(run.name, {
      init: await validateStage(original, run.init, invalidBefore, strict),
      import: await validateStage(original, run.import, invalidBefore, strict),
    });
  });

  // LibreOffice starts once for every file: the originals, and what the three commands left.
  const folder = join(done.folder, 'libreoffice');
  await mkdir(folder);
  const toConvert: string[] = [];
  for (const run of [plain, ...done.runs]) {
    const stem = run === plain ? 'plain-sample' : run.name.replace(/\.xls[xm]$/, '');
    const extension = run.name.endsWith('.xlsm') ? '.xlsm' : '.xlsx';
    if (run.import !== null && run.import.parts !== null) {
      const copy = join(folder, `${stem}.output${extension}`);
      await copyFile(run.import.file, copy);
      toConvert.push(copy);
    }
    if (run !== plain) {
      const copy = join(folder, `${stem}.original${extension}`);
      await copyFile(run.originalFile, copy);
      toConvert.push(copy);
    }
  }
  // Recalculated: LibreOffice shows TRUE and FALSE as 0 in a workbook set to manual calculation.
  csv = sheetsAsCsv(toConvert, { recalculate: true });
}, 30 * 60_000);

afterAll(() => (scratch === '' ? undefined : rm(scratch, { recursive: true, force: true })));

function runOf(file: CorpusFile): CorpusRun {
  const run = runs.get(file.name);
  if (run === undefined) throw new Error(`${file.name} was not run`);
  return run;
}

/** A stage's package, or a failure that says which command failed and what it printed. */
function written(stage: Stage | null, command: string): Parts {
  if (stage === null) throw new Error(`${command} did not run: an earlier command failed`);
  if (stage.parts === null) {
    throw new Error(`${command} exited ${stage.result.code}:\n${stage.result.stderr}${stage.result.stdout}`);
  }
  return stage.parts;
}

/** What a kept-parts report says was lost (empty lists: nothing). */
function losses(report: KeepReport): Pick<KeepReport, 'removed' | 'changedForeign' | 'ownedLosses'> {
  return { removed: report.removed, changedForeign: report.changedForeign, ownedLosses: report.ownedLosses };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Output with what differs between any two runs by design (ids, the workbook's file name) made equal. */
function normalised(text: string): string {
  return text
    .replace(UUID, '<id>')
    .replace(/\b(workbook|sample)\.xls[xm]\b/g, '<workbook>')
    .replace(/\btracked\.xls[xm]\b/g, '<tracked>');
}

function sheetsOf(file: string): Map<string, string> {
  const sheets = csv.get(basename(file));
  if (sheets === undefined || sheets.size === 0) throw new Error(`LibreOffice did not open ${file}`);
  return sheets;
}

describe('the corpus', () => {
  it('holds the workbooks SOURCES.md lists, and refuses exactly the structure-locked ones', async () => {
    const sources = await readFile(join(__dirname, 'SOURCES.md'), 'utf8');
    const listed = [...sources.matchAll(/^\|\s*`([^`]+\.xls[xm])`\s*\|/gm)].map((m) => m[1]).sort();
    expect(listed).toEqual(FILES.map((f) => f.name));
    const locked: string[] = [];
    for (const file of FILES)
      if (structureLocked(await readParts(await readFile(file.path)))) locked.push(file.name);
    expect(locked).toEqual(REFUSED);
  });

  it('runs the plain sample through init, track and import', () => {
    written(plain.init, 'init --sample');
    written(plain.track, 'track');
    written(plain.import, 'import');
    expect(verdicts.get(plain.name)?.import?.invalid).toEqual(new Map());
  });
});

describe.each(FILES.filter((f) => REFUSED.includes(f.name)))('$name (structure protected)', (file) => {
  it('init --add refuses it, naming the protection, and leaves the file as it was', async () => {
    const run = runOf(file);
    expect(run.init.result.code).toBe(1);
    expect(run.init.result.stderr).toMatch(/protect/i);
    const now = await readParts(await readFile(run.init.file));
    expect(diffParts(run.original, now)).toMatchObject({ added: [], removed: [], changed: [] });
  });
});

describe.each(FILES.filter((f) => !REFUSED.includes(f.name)))('$name', (file) => {
  it('init --add --sample adds the input tables and keeps every part it does not own', () => {
    const run = runOf(file);
    const after = written(run.init, 'init --add --sample');
    expect(losses(whatWasKept(run.original, after))).toEqual({
      removed: [],
      changedForeign: [],
      ownedLosses: [],
    });
  });

  it('track --out keeps every part it does not own', () => {
    const run = runOf(file);
    const after = written(run.track, 'track');
    expect(losses(whatWasKept(run.original, after))).toEqual({
      removed: [],
      changedForeign: [],
      ownedLosses: [],
    });
  });

  it('import keeps every part it does not own', () => {
    const run = runOf(file);
    const after = written(run.import, 'import');
    expect(losses(whatWasKept(run.original, after))).toEqual({
      removed: [],
      changedForeign: [],
      ownedLosses: [],
    });
  });

  it('tracks and imports the same figures as the plain sample', () => {
    const run = runOf(file);
    written(run.import, 'import');
    const track = run.track?.result;
    const reference = plain.track?.result;
    expect(JSON.parse(normalised(track?.stdout ?? '')) as unknown).toEqual(
      JSON.parse(normalised(reference?.stdout ?? '')) as unknown,
    );
    expect(normalised(track?.stderr ?? '')).toBe(normalised(reference?.stderr ?? ''));
    expect(normalised(run.import?.result.stdout ?? '')).toBe(normalised(plain.import?.result.stdout ?? ''));
  });

  it('writes and patches only schema-valid parts', () => {
    const run = runOf(file);
    written(run.import, 'import');
    const verdict = verdicts.get(file.name);
    expect({ init: verdict?.init?.invalid, import: verdict?.import?.invalid }).toEqual({
      init: new Map(),
      import: new Map(),
    });
  });

  it('opens in LibreOffice with every sheet it had and the sample sheets as the plain sample has them', () => {
    const run = runOf(file);
    const output = written(run.import, 'import');
    expect(output.size).toBeGreaterThan(0);
    const stem = file.name.replace(/\.xls[xm]$/, '');
    const had = sheetsOf(`${stem}.original${file.extension}`);
    const has = sheetsOf(`${stem}.output${file.extension}`);
    for (const [sheet] of had) expect({ sheet, kept: has.has(sheet) }).toEqual({ sheet, kept: true });
    for (const [sheet, text] of sheetsOf('plain-sample.output.xlsx')) {
      expect({ sheet, csv: normalised(has.get(sheet) ?? '(missing)') }).toEqual({
        sheet,
        csv: normalised(text),
      });
    }
  });
});
