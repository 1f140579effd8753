import { join } from 'node:path';
import type { CampaignSnapshot, LearningEntry } from '../../engine/track-types';
import { readMemoryFile, type MemoryFile } from './memory-file';

export const CAMPAIGNS_FILE = 'campaigns.json';
export const LEARNINGS_FILE = 'learnings.json';
export const LOCK_FILE = '.campaign-operator.lock';

export interface Memory {
  readonly campaigns: MemoryFile;
  readonly learnings: MemoryFile;
}

/**
 * Reads both memory files of a directory; a file that is not a JSON array stops the run
 * (`MemoryFileError`). A missing directory or file is empty memory.
 *
 * @example const memory = await readMemory('memory');
 */
export async function readMemory(dir: string): Promise<Memory> {
  return {
    campaigns: await readMemoryFile(join(dir, CAMPAIGNS_FILE)),
    learnings: await readMemoryFile(join(dir, LEARNINGS_FILE)),
  };
}

export interface KnownLearning {
  readonly campaignId: string;
  readonly learning: string;
}

/**
 * The learnings recorded in memory entries (`campaign_id` and `learning`), skipping entries that
 * lack them (a file edited by hand).
 *
 * @example knownLearningsOf([{ campaign_id: 'C-1', learning: '[MEASURED] …' }]) // [{ campaignId: 'C-1', learning: '[MEASURED] …' }]
 */
export function knownLearningsOf(entries: readonly unknown[]): KnownLearning[] {
  const known: KnownLearning[] = [];
  for (const entry of entries) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { campaign_id: campaignId, learning } = entry as Record<string, unknown>;
    if (typeof campaignId === 'string' && typeof learning === 'string') known.push({ campaignId, learning });
  }
  return known;
}

const keyOf = (campaignId: string, learning: string) => `${campaignId}\u0000${learning}`;

/**
 * The learnings not yet in memory, each once: what another run appended meanwhile is not
 * appended again.
 *
 * @example unrecordedLearnings(newOnes, memory.learnings.entries).length // 2
 */
export function unrecordedLearnings(
  learnings: readonly LearningEntry[],
  recorded: readonly unknown[],
): LearningEntry[] {
  const seen = new Set(knownLearningsOf(recorded).map((k) => keyOf(k.campaignId, k.learning)));
  return learnings.filter((l) => {
    const key = keyOf(l.campaign_id, l.learning);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What one run adds to memory. */
export interface MemoryAdditions {
  readonly snapshots: readonly CampaignSnapshot[];
  readonly learnings: readonly LearningEntry[];
}
