import type { BlockedTask, EscalationFinding } from '../analysis/campaign-analysis';
import type { Settings } from '../model/settings';

const HOUR_MS = 3_600_000;

/**
 * A blocker escalation for each task blocked longer than Settings Blocked Escalation Hours (24): a
 * critical task is `critical`, any other `medium`. A task whose Blocked Since is empty has been blocked
 * for an unknown time and is escalated as if too long.
 *
 * @example blockerEscalations([{ task: criticalTask, blockedMs: 25 * 3_600_000, waitingTaskIds: [] }], settings)
 * // [{ type: 'blocker', severity: 'critical', code: 'task_blocked_too_long', ... }]
 */
export function blockerEscalations(
  blocked: readonly BlockedTask[],
  settings: Pick<Settings, 'blockedEscalationHours'>,
): EscalationFinding[] {
  const limitMs = settings.blockedEscalationHours * HOUR_MS;
  return blocked
    .filter((b) => b.blockedMs === null || b.blockedMs > limitMs)
    .map((b) => ({
      type: 'blocker',
      severity: b.task.critical ? 'critical' : 'medium',
      code: 'task_blocked_too_long',
      task: b.task,
      blockedMs: b.blockedMs,
    }));
}
