import { mkdir, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  stageFile,
  writeFileAtomic,
  type StagedFile,
  type StageOptions,
  type WriteData,
} from './atomic-write';
import { crashPoint } from './crash-point';
import { describeHolder, LockTimeoutError, withLock, type LockOptions } from './file-lock';
import { FileWriteError, fileWriteError } from './file-write-error';
import { appendedText, verifyMemoryText } from './memory-file';
import { LOCK_FILE, readMemory, unrecordedLearnings, type MemoryAdditions } from './memory-store';
import type { WriteNote } from './write-note';

/**
 * A workbook to write: its path as the user gave it, its bytes, and how to stage it (the
 * verifier of a workbook package, the lock and stamp of a read-modify-write, where a new file
 * takes its permissions from).
 */
export interface WorkbookWrite extends StageOptions {
  readonly path: string;
  readonly bytes: WriteData;
}

export interface RunFiles extends MemoryAdditions {
  readonly workbook: WorkbookWrite;
  readonly memoryDir: string;
  readonly lock?: LockOptions;
  /** Replaced in tests to make a step fail. */
  readonly stage?: typeof stageFile;
}

export interface CommittedRun {
  readonly workbook: string;
  readonly memory: ReadonlyArray<{ readonly path: string; readonly appended: number }>;
  /** What the replaced files could not keep (hard links, owner): warnings. */
  readonly notes: readonly WriteNote[];
}

/** The workbook was written but some memory file was not appended. */
export class MemoryAppendError extends Error {
  override readonly name = 'MemoryAppendError';
  constructor(
    readonly written: string,
    readonly failed: readonly string[],
    readonly recoveryFile: string | null,
    override readonly cause: unknown,
  ) {
    super(
      `could not append to ${failed.join(' and ')}: ${
        cause instanceof FileWriteError
          ? cause.reason
          : cause instanceof Error
            ? cause.message
            : String(cause)
      }`,
    );
  }
}

interface PendingMemory {
  readonly staged: StagedFile;
  readonly entries: readonly unknown[];
}

/** Where the entries of a memory file that could not be appended are saved, beside the workbook. */
export const recoveryPath = (workbookPath: string) =>
  `${workbookPath.replace(/\.xlsx$/i, '')}.unsaved-memory.json`;

async function saveRecovery(workbookPath: string, pending: readonly PendingMemory[]): Promise<string | null> {
  const content = Object.fromEntries(pending.map((p) => [p.staged.target, p.entries]));
  const path = recoveryPath(workbookPath);
  return writeFileAtomic(path, `${JSON.stringify(content, null, 2)}\n`).then(
    () => path,
    () => null,
  );
}

async function commitMemory(workbook: string, pending: readonly PendingMemory[]): Promise<void> {
  for (const [i, p] of pending.entries()) {
    if (i > 0) await crashPoint('renamed-memory');
    try {
      await p.staged.commit();
    } catch (e) {
      const rest = pending.slice(i);
      await Promise.all(rest.slice(1).map((r) => r.staged.discard()));
      const recovery = await saveRecovery(workbook, rest);
      throw new MemoryAppendError(
        workbook,
        rest.map((r) => r.staged.target),
        recovery,
        e,
      );
    }
  }
}

/**
 * Writes a workbook atomically (`stageFile` with `write`'s options, then the rename), as `import`
 * and `init` do; the crash points are those of `commitRun`'s workbook. Returns the notes of the
 * replacement (hard links, owner).
 *
 * @example await commitWorkbook({ path, bytes, verify: checkZipPackage, lock, unchangedSince: stamp });
 */
export async function commitWorkbook(write: WorkbookWrite): Promise<readonly WriteNote[]> {
  const { path, bytes, ...options } = write;
  const staged = await stageFile(path, bytes, options);
  await crashPoint('staged-workbook');
  await staged.commit();
  await crashPoint('renamed-workbook');
  return staged.notes;
}

/** Runs `work` under the memory folder's lock; a lock that stays taken, or that cannot be made, is a `FileWriteError` naming the folder. */
async function withMemoryLock<T>(
  memoryDir: string,
  work: Parameters<typeof withLock<T>>[1],
  options: LockOptions | undefined,
): Promise<T> {
  let locked = false;
  try {
    return await withLock(
      join(memoryDir, LOCK_FILE),
      (held) => {
        locked = true;
        return work(held);
      },
      { purpose: 'memory', ...options },
    );
  } catch (e) {
    if (locked) throw e;
    if (e instanceof LockTimeoutError) {
      const detail = `${describeHolder(e.holderInfo)} is appending to it; if no campaign-operator is running, delete ${e.lockPath}`;
      throw new FileWriteError(memoryDir, 'locked', null, detail, true, { cause: e });
    }
    throw fileWriteError(memoryDir, e);
  }
}

/**
 * Writes the output workbook and appends the run to memory, so that a failure before the
 * workbook's rename changes no file at all: the workbook is staged first, then, under the memory
 * lock, the memory files are read again (another run may have appended meanwhile), checked and
 * staged; only then are the files renamed into place, workbook first. Should a memory rename fail
 * after the workbook's, a `MemoryAppendError` says which, and the entries it holds are saved beside
 * the workbook (docs/cli.md, "When the memory cannot be appended").
 *
 * @example await commitRun({ workbook: { path, bytes }, memoryDir: 'memory', snapshots, learnings });
 */
export async function commitRun(files: RunFiles): Promise<CommittedRun> {
  const stage = files.stage ?? stageFile;
  const { path, bytes, ...workbookOptions } = files.workbook;
  const workbook = await stage(path, bytes, workbookOptions);
  await crashPoint('staged-workbook');
  const staged: StagedFile[] = [workbook];
  let createdDir: string | undefined;
  let workbookWritten = false;
  try {
    createdDir = await mkdir(files.memoryDir, { recursive: true }).catch((e: unknown) => {
      throw fileWriteError(files.memoryDir, e);
    });
    return await withMemoryLock(
      files.memoryDir,
      async (held) => {
        const memory = await readMemory(files.memoryDir);
        const learnings = unrecordedLearnings(files.learnings, memory.learnings.entries);
        const pending: PendingMemory[] = [];
        for (const [file, entries] of [
          [memory.campaigns, files.snapshots],
          [memory.learnings, learnings],
        ] as const) {
          if (file.text !== null && entries.length === 0) continue;
          const s = await stage(file.path, appendedText(file, entries), {
            verify: verifyMemoryText(file.entries.length + entries.length),
            lock: held,
          });
          staged.push(s);
          pending.push({ staged: s, entries });
        }
        await crashPoint('staged-memory');
        await workbook.commit();
        workbookWritten = true;
        await crashPoint('renamed-workbook');
        await commitMemory(workbook.target, pending);
        return {
          workbook: workbook.target,
          memory: pending.map((p) => ({ path: p.staged.target, appended: p.entries.length })),
          notes: staged.flatMap((s) => s.notes),
        };
      },
      files.lock,
    );
  } catch (e) {
    if (!workbookWritten) {
      await Promise.all(staged.map((s) => s.discard()));
      if (createdDir !== undefined) await rmdir(createdDir).catch(() => undefined);
    }
    throw e;
  }
}
