import type { Task } from '../../src/engine/model/task';
import type { TaskUpdate } from '../../src/engine/model/task-update';
import { sampleClock } from '../../src/workbook/template/sample-clock';
import {
  buildSampleWorkbook,
  LAUNCH_ID,
  SAMPLE_TIME_ZONE,
  type SampleWorkbook,
} from '../../src/workbook/template/sample-workbook';

const STATES = ['pending', 'in_progress', 'completed', 'blocked'] as const;

/**
 * The sample's launch campaign (its KPIs, channel rows and settings) with `count` generated tasks,
 * and six TaskUpdates on the first tasks (four applied, two rejected). The first eight tasks are in
 * every state; the others pending or in progress — or, with `everyState`, every state too, so the
 * report lists a quarter of them as completed and a quarter as blocked.
 *
 * @example scaledWorkbook(10_000).input.tasks.length // 10000
 */
export function scaledWorkbook(
  count: number,
  options: { readonly everyState?: boolean } = {},
): SampleWorkbook {
  const today = '2026-11-24';
  const sample = buildSampleWorkbook(today);
  const c = sampleClock(today, SAMPLE_TIME_ZONE);
  const tasks = Array.from({ length: count }, (_, i): Task => {
    const cycle = i < 8 || options.everyState === true ? STATES.length : 2;
    const status = STATES[i % cycle] ?? 'pending';
    const started = status === 'pending' ? null : c.at(-10 - (i % 5), 9);
    return {
      taskId: `T-${String(i + 1).padStart(5, '0')}`,
      campaignId: LAUNCH_ID,
      title: `Task ${i + 1}: ${['Write copy', 'Build audience', 'Design banner', 'QA landing page'][i % 4]}`,
      status,
      critical: i % 10 === 0,
      dependsOn: [],
      expectedResult: i % 3 === 0 ? 100 : null,
      actualResult: status === 'completed' && i % 3 === 0 ? 90 : null,
      estimatedHours: 4,
      actualHours: status === 'pending' ? null : 2,
      dueAt: c.at(5 + (i % 20), 17),
      startedAt: started,
      completedAt: status === 'completed' ? c.at(-2, 16) : null,
      blockedSince: status === 'blocked' ? c.at(-2, 10) : null,
      blocker: status === 'blocked' ? 'Waiting for assets' : null,
      attempts: 0,
    };
  });
  const update = (
    taskId: string,
    spec: Partial<TaskUpdate> & Pick<TaskUpdate, 'newStatus'>,
    hour: number,
  ) => ({
    taskId,
    result: null,
    blockers: [],
    hours: null,
    updatedAt: c.at(-1, hour),
    appliedAt: null,
    outcome: null,
    ...spec,
  });
  const taskUpdates: TaskUpdate[] = [
    update('T-00001', { newStatus: 'in_progress' }, 9),
    update('T-00002', { newStatus: 'completed', result: '=HYPERLINK("http://x","done")', hours: 3 }, 10),
    update('T-00004', { newStatus: 'in_progress', result: 'Assets arrived' }, 11),
    update('T-00005', { newStatus: 'cancelled', result: '+ merged into T-00001' }, 12),
    update('T-00003', { newStatus: 'in_progress' }, 13),
    update('T-99999', { newStatus: 'completed' }, 14),
  ];
  return {
    today,
    input: {
      ...sample.input,
      campaigns: sample.input.campaigns.filter((x) => x.campaignId === LAUNCH_ID),
      kpis: sample.input.kpis.filter((k) => k.campaignId === LAUNCH_ID),
      channelMetrics: sample.input.channelMetrics.filter((m) => m.campaignId === LAUNCH_ID),
      tasks,
      taskUpdates,
    },
  };
}
