import type { Task } from '../model/task';
import type { CampaignPhase } from '../analysis/phase';
import { DAY, END, makeCampaign, makeSettings, makeTask, START } from '../testing/fixtures';
import { taskCounts } from './task-counts';
import { timelineFigures } from './timeline-figures';

// A 30-day campaign seen on day 15: e = 0.5.
const MID = START + 15 * DAY;
const PAST = START + 10 * DAY;
const AHEAD = START + 20 * DAY;

function figures(tasks: Task[], asOf = MID) {
  const t = timelineFigures({
    campaign: makeCampaign(),
    tasks,
    counts: taskCounts(tasks),
    asOf,
    settings: makeSettings(),
  });
  return {
    elapsed: t.elapsed.toString(),
    completion: t.completionRatePct.toString(),
    progress: t.progressPct.toString(),
    expected: t.expectedProgressPct.toString(),
    adherence: t.adherence,
    late: t.lateCriticalTaskIds,
  };
}

const tasks = (...specs: Array<Parameters<typeof makeTask>[1]>) =>
  specs.map((s, i) => makeTask(`T${i + 1}`, s));

describe('timelineFigures', () => {
  it.each<[string, Task[], ReturnType<typeof figures>]>([
    [
      // expected (1 + 0 + 0.5) / 3 = 50 %; progress 1 / 3 = 33.3 %: 16.7 points behind → at risk
      'behind by more than 10 points',
      tasks(
        { status: 'completed', dueAt: PAST },
        { status: 'in_progress', dueAt: AHEAD },
        {},
        { status: 'cancelled' },
      ),
      {
        elapsed: '0.5',
        completion: '25',
        progress: '33.33333333333333333333333333333333333333',
        expected: '50',
        adherence: 'at_risk',
        late: [],
      },
    ],
    [
      // expected (1 + 1 + 1 + 0) / 4 = 75 %; progress 2 / 4 = 50 %: exactly 25 behind → still at risk
      'exactly 25 points behind',
      tasks(
        { status: 'completed', dueAt: PAST },
        { status: 'completed', dueAt: PAST },
        { dueAt: PAST },
        { dueAt: AHEAD },
      ),
      { elapsed: '0.5', completion: '50', progress: '50', expected: '75', adherence: 'at_risk', late: [] },
    ],
    [
      // progress 1 / 4 = 25 % against 75 %: 50 behind → delayed
      'more than 25 points behind',
      tasks({ status: 'completed', dueAt: PAST }, { dueAt: PAST }, { dueAt: PAST }, { dueAt: AHEAD }),
      { elapsed: '0.5', completion: '25', progress: '25', expected: '75', adherence: 'delayed', late: [] },
    ],
    [
      // expected (1 + 1 + 0) / 3 = 66.7 %, progress 2 / 3 = 66.7 %: on track but for the late critical T2
      'a critical task past its Due Date makes it delayed, even with progress on schedule',
      tasks(
        { status: 'completed', dueAt: PAST },
        { status: 'blocked', critical: true, dueAt: PAST },
        { status: 'completed', critical: true, dueAt: AHEAD },
      ),
      {
        elapsed: '0.5',
        completion: '66.66666666666666666666666666666666666667',
        progress: '66.66666666666666666666666666666666666667',
        expected: '66.66666666666666666666666666666666666667',
        adherence: 'delayed',
        late: ['T2'],
      },
    ],
    [
      // without excluding them: 1 / 4 = 25 % against 50 % → at risk; excluded: 1 / 2 = 50 % → on track
      'cancelled tasks do not make it look late',
      tasks(
        { status: 'completed' },
        {},
        { status: 'cancelled' },
        { status: 'cancelled', critical: true, dueAt: PAST },
      ),
      { elapsed: '0.5', completion: '25', progress: '50', expected: '50', adherence: 'on_track', late: [] },
    ],
    [
      'no tasks: progress is the expected progress',
      [],
      { elapsed: '0.5', completion: '0', progress: '50', expected: '50', adherence: 'on_track', late: [] },
    ],
    [
      'only cancelled tasks: progress is the expected progress',
      tasks({ status: 'cancelled', dueAt: PAST }),
      { elapsed: '0.5', completion: '0', progress: '50', expected: '50', adherence: 'on_track', late: [] },
    ],
  ])('%s', (_name, list, expected) => {
    expect(figures(list)).toEqual(expected);
  });

  it.each<[string, number, boolean, CampaignPhase]>([
    ['just before the start', START - 1, false, 'not_started'],
    ['at the start', START, false, 'running'],
    ['just before the midpoint', MID - 1, false, 'running'],
    ['at the midpoint', MID, true, 'running'],
    ['just before the end', END - 1, true, 'running'],
    ['at the end', END, true, 'ended'],
  ])('%s: midpoint %s, phase %s', (_name, asOf, midpoint, phase) => {
    const t = timelineFigures({
      campaign: makeCampaign(),
      tasks: [],
      counts: taskCounts([]),
      asOf,
      settings: makeSettings(),
    });
    expect([t.midpointReached, t.phase]).toEqual([midpoint, phase]);
  });
});
