import { counterIds } from '../../engine/testing/counter-ids';
import { sampleOnFake, SAMPLE_NOON } from '../../../test/support/sample-on-fake';
import { readSources } from '../../workbook/read/read-workbook';
import { computeRun, inPlace, type RunJob } from './compute-run';

describe('computeRun: a run’s heavy part, from what was read, with no host', () => {
  let job: RunJob;
  beforeAll(async () => {
    const { fake, host } = await sampleOnFake();
    job = {
      sources: await readSources(host),
      asOf: null,
      now: SAMPLE_NOON,
      runId: 'run-1',
      campaignIds: null,
      replayIds: [],
    };
    fake.uninstall();
    // Plain data: what a Web Worker receives is a structured clone of it.
    job = structuredClone(job);
  });

  test('the preview and its plan, the steps told, the ids it handed out', () => {
    const steps: string[] = [];
    const computed = computeRun(job, counterIds(), (s) => steps.push(s));
    if (computed.kind !== 'computed') throw new Error(JSON.stringify(computed));
    expect(steps).toEqual(['checking', 'computing']);
    expect(computed.preview.campaigns.map((c) => c.campaignId)).toEqual(['CMP-001']);
    expect(computed.plan.ops.some((op) => op.kind === 'addSheet')).toBe(true);
    expect(computed.asOf).toBe(SAMPLE_NOON);
    expect(computed.usedIds.length).toBeGreaterThan(0);
    expect(structuredClone(computed)).toEqual(computed); // it crosses back to the page whole
  });

  test('replaying the ids gives the same preview (a commit checks its preview this way)', () => {
    const first = computeRun(job, counterIds());
    if (first.kind !== 'computed') throw new Error('no run');
    const again = computeRun(
      { ...job, asOf: first.asOf, replayIds: first.usedIds },
      () => 'fresh-id-never-used',
    );
    expect(again).toEqual(first);
  });

  test('a workbook with no tables: its problems, nothing planned', async () => {
    const empty = { ...job, sources: { inventory: { sheets: ['Sheet1'], tables: [] }, tables: [] } };
    const computed = await inPlace(counterIds())(empty, () => undefined);
    expect(computed.kind).toBe('input_problems');
    await expect(inPlace(counterIds())(empty, () => undefined, AbortSignal.abort())).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
