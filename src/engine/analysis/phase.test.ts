import { campaignPhase } from './phase';

const start = Date.UTC(2026, 10, 1);
/** End Date 2026-11-30, read as the next midnight: the campaign runs through the 30th. */
const end = Date.UTC(2026, 11, 1);

describe('campaignPhase', () => {
  test.each([
    ['a minute before the start', start - 60_000, 'not_started'],
    ['at the start', start, 'running'],
    ['in the middle', Date.UTC(2026, 10, 15), 'running'],
    ['at the last millisecond of the end date', end - 1, 'running'],
    ['when it ends', end, 'ended'],
  ] as const)('%s: %s', (_when, asOf, phase) => {
    expect(campaignPhase({ startAt: start, endAt: end }, asOf)).toBe(phase);
  });
});
