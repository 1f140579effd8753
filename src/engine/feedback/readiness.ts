import type { CampaignAnalysis } from '../analysis/campaign-analysis';
import { isPastDue } from '../metrics/past-due';
import type { Task } from '../model/task';

/**
 * Words in a task's title that mark it as setting up measurement: conversion tracking, pixels, tags,
 * UTM parameters, analytics (docs/rules.md, Readiness).
 */
const TRACKING_WORDS =
  /\b(track(ing)?|pixels?|tags?|tagging|tag manager|gtm|utm|analytics|conversion api|capi|attribution)\b/i;

/**
 * Whether a task sets up measurement, judged by its title.
 *
 * @example isTrackingTask({ title: 'Install the Meta pixel' }) // true
 */
export function isTrackingTask(task: Pick<Task, 'title'>): boolean {
  return TRACKING_WORDS.test(task.title);
}

const isOpen = (t: Task) => t.status !== 'completed' && t.status !== 'cancelled';

/** What stands between a campaign that has not started and its launch. */
export interface Readiness {
  /** Open tasks past their Due Date. */
  readonly late: readonly Task[];
  /** Open tasks due before the Start Date and not late yet. */
  readonly dueBeforeLaunch: readonly Task[];
  readonly blocked: readonly Task[];
  readonly budgetSet: boolean;
  /** Tasks that set up measurement (`isTrackingTask`), and those of them still open. */
  readonly tracking: readonly Task[];
  readonly trackingOpen: readonly Task[];
}

/**
 * A campaign's readiness for launch: late, blocked and pre-launch tasks, whether a budget is set, and
 * its tracking tasks.
 *
 * @example readiness(a).trackingOpen.map((t) => t.taskId) // ['T3']
 */
export function readiness(a: CampaignAnalysis): Readiness {
  const open = a.tasks.filter(isOpen);
  const late = open.filter((t) => isPastDue(t, a.asOf));
  const tracking = a.tasks.filter((t) => t.status !== 'cancelled' && isTrackingTask(t));
  return {
    late,
    dueBeforeLaunch: open.filter(
      (t) => !late.includes(t) && t.dueAt !== null && t.dueAt <= a.campaign.startAt,
    ),
    blocked: open.filter((t) => t.status === 'blocked'),
    budgetSet: a.budget.allocated.gt(0),
    tracking,
    trackingOpen: tracking.filter(isOpen),
  };
}
