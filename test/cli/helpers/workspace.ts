import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import { recordingIo } from './recording-io';

/** A fresh folder holding `name` with the given bytes. */
export async function workspaceWith(name: string, bytes: Uint8Array): Promise<{ dir: string; file: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'co-cli-'));
  const file = join(dir, name);
  await writeFile(file, bytes);
  return { dir, file };
}

/** Runs `campaign-operator` in-process in `cwd`, with a fixed clock and counting UUIDs. */
export async function runCli(
  cwd: string,
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = recordingIo(cwd);
  const code = await main(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

export const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Every file under `dir`, relative, sorted (to show that nothing else was written). */
export async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

export const exists = (path: string): boolean => existsSync(path);
