import { copyFile, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CorpusFile } from './corpus-files';
import { structureLocked } from './corpus-files';
import { readParts, type Parts } from './package-diff';
import { inPool, runCliAsync, type CliResult } from './run-cli';

/** The export every run imports: a real Google Ads export in USD, the sample campaign's currency. */
export const IMPORT_FIXTURE = join(__dirname, '..', 'fixtures', 'imports', 'google-ads-en.utf16le.tsv');

/** The sample campaign `init --sample` writes. */
export const SAMPLE_CAMPAIGN = 'CMP-001';

/** One command of a run: how it ended, and the package it left (when it wrote one). */
export interface Stage {
  readonly result: CliResult;
  /** The package after this command (a copy kept for the schema check and LibreOffice). */
  readonly file: string;
  readonly parts: Parts | null;
}

/** A workbook taken through `init --add --sample`, `track --out` and `import`, as a user does. */
export interface CorpusRun {
  readonly name: string;
  /** The workbook as the user had it (for the plain sample: the sample `init --sample` wrote). */
  readonly original: Parts;
  readonly originalFile: string;
  /** Protected structure: `init --add` must refuse it and leave it as it was (no later stage). */
  readonly structureLocked: boolean;
  readonly init: Stage;
  readonly track: Stage | null;
  readonly import: Stage | null;
}

async function stage(result: CliResult, written: string, keep: string): Promise<Stage> {
  if (result.code !== 0) return { result, file: written, parts: null };
  await copyFile(written, keep);
  return { result, file: keep, parts: await readParts(await readFile(keep)) };
}

/** `track` then `import` on the workbook that `init` (with or without --add) left in `dir`. */
async function trackAndImport(
  dir: string,
  workbook: string,
  extension: string,
  asOf: string,
): Promise<{ track: Stage; import: Stage | null }> {
  const tracked = `tracked${extension}`;
  const trackRun = await runCliAsync(
    ['track', workbook, '--out', tracked, '--as-of', asOf, '--json', '--memory', 'memory'],
    dir,
  );
  const track = await stage(trackRun, join(dir, tracked), join(dir, `after-track${extension}`));
  if (track.parts === null) return { track, import: null };
  await copyFile(IMPORT_FIXTURE, join(dir, 'export.tsv'));
  const importRun = await runCliAsync(
    ['import', 'export.tsv', '--into', tracked, '--campaign', SAMPLE_CAMPAIGN],
    dir,
  );
  return { track, import: await stage(importRun, join(dir, tracked), join(dir, `after-import${extension}`)) };
}

async function runOne(file: CorpusFile, root: string, asOf: string): Promise<CorpusRun> {
  const dir = join(root, file.name);
  await mkdir(dir);
  const workbook = `workbook${file.extension}`;
  await copyFile(file.path, join(dir, workbook));
  const original = await readParts(await readFile(file.path));
  const locked = structureLocked(original);
  const initRun = await runCliAsync(['init', workbook, '--add', '--sample'], dir);
  const init = await stage(initRun, join(dir, workbook), join(dir, `after-init${file.extension}`));
  const base = { name: file.name, original, originalFile: file.path, structureLocked: locked, init };
  if (init.parts === null) return { ...base, track: null, import: null };
  return { ...base, ...(await trackAndImport(dir, workbook, file.extension, asOf)) };
}

async function runPlain(root: string, asOf: string): Promise<CorpusRun> {
  const dir = join(root, 'plain-sample');
  await mkdir(dir);
  const initRun = await runCliAsync(['init', 'sample.xlsx', '--sample'], dir);
  const init = await stage(initRun, join(dir, 'sample.xlsx'), join(dir, 'after-init.xlsx'));
  const base = {
    name: 'plain sample',
    original: init.parts ?? new Map<string, Uint8Array>(),
    originalFile: init.file,
    structureLocked: false,
    init,
  };
  if (init.parts === null) return { ...base, track: null, import: null };
  return { ...base, ...(await trackAndImport(dir, 'sample.xlsx', '.xlsx', asOf)) };
}

/** The local calendar day: `init --sample` builds the sample around it. */
const today = (): string => new Date().toDateString();

/**
 * Takes the plain sample and every corpus workbook through the three commands, `limit` runs at a
 * time, all with one report time. The sample is built around today, so a run that straddled
 * midnight is made again.
 *
 * @example const { plain, runs } = await runCorpus(corpusFiles(), '2026-12-08T09:00:00Z', 2)
 */
export async function runCorpus(
  files: readonly CorpusFile[],
  asOf: string,
  limit: number,
): Promise<{ plain: CorpusRun; runs: CorpusRun[]; folder: string }> {
  for (;;) {
    const day = today();
    const folder = await mkdtemp(join(tmpdir(), 'co-corpus-'));
    const plain = await runPlain(folder, asOf);
    const runs = await inPool(files, limit, (file) => runOne(file, folder, asOf));
    if (today() === day) return { plain, runs, folder };
  }
}
