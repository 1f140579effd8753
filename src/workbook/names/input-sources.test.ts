import { SOURCES, sourceOfKey, sourceOfName, sourceRank } from './input-sources';

describe('input sources', () => {
  it.each([
    ['Campaigns', 'campaigns'],
    ['campaigns', 'campaigns'],
    ['TASKS', 'tasks'],
    ['kpis', 'kpis'],
    ['Channel Metrics', 'channelMetrics'],
    ['channel-metrics', 'channelMetrics'],
    ['Task_Updates', 'taskUpdates'],
    ['settings', 'settings'],
    ['TaskLog', 'taskLog'],
    ['Task Log', 'taskLog'],
    ['Campaign History', 'campaignHistory'],
    ['learnings', 'learnings'],
  ])('%s is %s', (name, key) => {
    expect(sourceOfName(name)?.key).toBe(key);
  });

  it.each(['Task', 'Report 2026-11-24', '__proto__', 'constructor', 'toString'])('%s is nothing', (name) => {
    expect(sourceOfName(name)).toBeUndefined();
    expect(sourceOfKey(name)).toBeUndefined();
  });

  it('the required sources are the four input tables', () => {
    expect(SOURCES.filter((s) => s.required).map((s) => s.key)).toEqual([
      'campaigns',
      'tasks',
      'kpis',
      'channelMetrics',
    ]);
  });

  it('ranks in reading order, unknown last', () => {
    expect(sourceRank('campaigns')).toBe(0);
    expect(sourceRank('settings')).toBeLessThan(sourceRank('taskLog'));
    expect(sourceRank('nope')).toBe(SOURCES.length);
  });
});
