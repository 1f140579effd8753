import type { CampaignAnalysis } from '../../analysis/campaign-analysis';
import type { LearningFinding } from './learning-finding';

const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Blocked tasks as a pattern: how many, the longest blocked (when Blocked Since is known), how many
 * have no Blocked Since, and blocker texts shared by several tasks (compared ignoring case and spaces).
 *
 * @example learnBlockers(a)[0] // { code: 'blocker_pattern', taskIds: ['T4', 'T6'], … }
 */
export function learnBlockers(a: CampaignAnalysis): LearningFinding[] {
  if (a.blocked.length === 0) return [];
  let longest: { taskId: string; ms: number } | null = null;
  for (const b of a.blocked) {
    if (b.blockedMs !== null && (longest === null || b.blockedMs > longest.ms)) {
      longest = { taskId: b.task.taskId, ms: b.blockedMs };
    }
  }
  const byText = new Map<string, { blocker: string; taskIds: string[] }>();
  for (const b of a.blocked) {
    const text = b.task.blocker?.trim() ?? '';
    if (text === '') continue;
    const group = byText.get(normalise(text)) ?? { blocker: text, taskIds: [] };
    group.taskIds.push(b.task.taskId);
    byText.set(normalise(text), group);
  }
  return [
    {
      code: 'blocker_pattern',
      label: '[MEASURED]',
      taskIds: a.blocked.map((b) => b.task.taskId),
      longest,
      withoutSince: a.blocked.filter((b) => b.blockedMs === null).length,
      repeated: [...byText.values()].filter((g) => g.taskIds.length > 1),
    },
  ];
}
