import ExcelJS from 'exceljs';
import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUILT_BIN } from '../cli/helpers/built-cli';
import { GOOD_AS_OF } from '../cli/helpers/good-workbook';
import { sha256, workspaceWith } from '../cli/helpers/workspace';

/** Memory written by hand, as a user might: the tool must keep it byte for byte, or append to it. */
export const MEMORY_BEFORE: Readonly<Record<string, string>> = {
  'campaigns.json': '[\n  { "run_id": "by-hand", "campaign_id": "C-1", "note": "kept as written" }\n]\n',
  'learnings.json': '[\n  { "campaign_id": "C-1", "learning": "[INFERENCE] written by hand" }\n]\n',
};

export interface Workspace {
  readonly dir: string;
  readonly input: string;
  readonly memory: string;
  /** The input workbook's and memory files' hashes before anything ran. */
  readonly before: { readonly input: string; readonly memory: Readonly<Record<string, string>> };
}

/**
 * A folder holding `plan.xlsx` (the given bytes) and a memory folder with hand-written entries;
 * a new folder of the system's temporary folder, or `dir` (created) when given.
 */
export async function faultWorkspace(bytes: Uint8Array, at?: string): Promise<Workspace> {
  const { dir, file } =
    at === undefined
      ? await workspaceWith('plan.xlsx', bytes)
      : await mkdir(at, { recursive: true }).then(async () => {
          await writeFile(join(at, 'plan.xlsx'), bytes);
          return { dir: at, file: join(at, 'plan.xlsx') };
        });
  const memory = join(dir, 'memory');
  await mkdir(memory);
  for (const [name, text] of Object.entries(MEMORY_BEFORE)) await writeFile(join(memory, name), text);
  const hashes = Object.fromEntries(Object.keys(MEMORY_BEFORE).map((n) => [n, sha256(join(memory, n))]));
  return { dir, input: file, memory, before: { input: sha256(file), memory: hashes } };
}

export const TRACK_ARGS = ['track', 'plan.xlsx', '--as-of', GOOD_AS_OF];

export interface ToolExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built tool to its end with extra environment variables. */
export function runTool(
  dir: string,
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): ToolExit {
  const r = spawnSync(process.execPath, [BUILT_BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** A run of the built tool going on in the background. */
export interface StartedTool {
  readonly pid: number;
  /** Standard error so far. */
  stderr(): string;
  readonly done: Promise<ToolExit>;
}

/** Starts the built tool in the background (`options` for another user: `uid`, `gid`). */
export function startTool(
  dir: string,
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
  options: Pick<SpawnOptions, 'uid' | 'gid'> = {},
): StartedTool {
  const child = spawn(process.execPath, [BUILT_BIN, ...args], {
    cwd: dir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options,
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const done = new Promise<ToolExit>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { pid: child.pid ?? -1, stderr: () => stderr, done };
}

/** Waits until `ready()` holds (polling), or fails after `timeoutMs` saying what it waited for. */
export async function waitUntil(what: string, ready: () => boolean, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export const fileExists = (path: string) => existsSync(path);

async function excelWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  return workbook;
}

/**
 * The Channel of every row of the ChannelMetrics sheet, in order. Read with ExcelJS itself, not
 * through the CLI's host, so the check holds whoever wrote the file.
 */
export async function channelsOf(path: string): Promise<string[]> {
  const sheet = (await excelWorkbook(path)).getWorksheet('ChannelMetrics');
  if (sheet === undefined) throw new Error(`${path} has no ChannelMetrics sheet`);
  const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  const column = header.indexOf('Channel');
  const channels: string[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) channels.push(String(row.getCell(column).text));
  });
  return channels;
}

/** The names of the sheets of a workbook (read with ExcelJS). */
export async function sheetsOf(path: string): Promise<string[]> {
  return (await excelWorkbook(path)).worksheets.map((w) => w.name);
}

/** Starts the built tool and kills it (SIGKILL) after `ms`, unless it ended first. */
export function killAfter(
  dir: string,
  args: readonly string[],
  ms: number,
): Promise<{ killed: boolean; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUILT_BIN, ...args], { cwd: dir, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL', code });
    });
  });
}

/** Every file in the folder and below, relative, sorted. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

/**
 * A memory file is whole: a JSON array that begins with what it held before (the tool appends
 * without rewriting), with `appended` more entries.
 */
export async function memoryState(
  ws: Workspace,
  name: string,
): Promise<{ entries: number; untouched: boolean }> {
  const text = await readFile(join(ws.memory, name), 'utf8');
  const before = MEMORY_BEFORE[name] ?? '';
  const entries = (JSON.parse(text) as unknown[]).length;
  if (text === before) return { entries, untouched: true };
  const kept = before.slice(0, before.lastIndexOf(']'));
  if (!text.startsWith(kept.trimEnd())) throw new Error(`${name} was rewritten:\n${text.slice(0, 400)}`);
  return { entries, untouched: false };
}
