import { normalizeName, normalizeSettingsKey } from './normalize-name';

describe('normalizeName', () => {
  it.each([
    ['Budget Allocated', 'budget_allocated'],
    ['Budget Allocated', 'BUDGET-ALLOCATED'],
    ['Budget Allocated', ' budgetallocated '],
    ['Task Log', 'TaskLog'],
    ['ChannelMetrics', 'Channel Metrics'],
    ['ChannelMetrics', 'channel_metrics'],
    ['Campaign ID', 'campaign\u00a0id'],
    ['In Progress', 'in_progress'],
  ])('%s matches %s', (a, b) => {
    expect(normalizeName(a)).toBe(normalizeName(b));
  });

  it.each([
    ['Budget Allocated', 'Budget Allocate'],
    ['Tasks', 'Task'],
    ['Performance Threshold %', 'Performance Threshold'],
  ])('%s does not match %s', (a, b) => {
    expect(normalizeName(a)).not.toBe(normalizeName(b));
  });

  it('settings keys also ignore %', () => {
    expect(normalizeSettingsKey('Performance Threshold %')).toBe(
      normalizeSettingsKey('performance_threshold'),
    );
    expect(normalizeSettingsKey('Budget Flag Spent %')).toBe('budgetflagspent');
    expect(normalizeSettingsKey('Time Zone')).toBe('timezone');
  });
});
