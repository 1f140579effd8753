import { spawn, spawnSync } from 'node:child_process';
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

/** A folder holding `plan.xlsx` (the given bytes) and a memory folder with hand-written entries. */
export async function faultWorkspace(bytes: Uint8Array): Promise<Workspace> {
  const { dir, file } = await workspaceWith('plan.xlsx', bytes);
  const memory = join(dir, 'memory');
  await mkdir(memory);
  for (const [name, text] of Object.entries(MEMORY_BEFORE)) await writeFile(join(memory, name), text);
  const hashes = Object.fromEntries(Object.keys(MEMORY_BEFORE).map((n) => [n, sha256(join(memory, n))]));
  return { dir, input: file, memory, before: { input: sha256(file), memory: hashes } };
}

export const TRACK_ARGS = ['track', 'plan.xlsx', '--as-of', GOOD_AS_OF];

/** Runs the built tool to its end with extra environment variables. */
export function runTool(
  dir: string,
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): { code: number | null; signal: NodeJS.Signals | null; stderr: string } {
  const r = spawnSync(process.execPath, [BUILT_BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  return { code: r.status, signal: r.signal, stderr: r.stderr };
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
