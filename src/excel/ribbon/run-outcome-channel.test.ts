import { RunOutcomeChannel } from './run-outcome-channel';

describe('RunOutcomeChannel', () => {
  test('keeps the last outcome and tells listeners until they unsubscribe', () => {
    const channel = new RunOutcomeChannel();
    const seen: string[] = [];
    expect(channel.last).toBeNull();
    const stop = channel.subscribe((o) => seen.push(o.kind));
    channel.publish({ kind: 'failed', message: 'a' });
    stop();
    channel.publish({ kind: 'input_problems', issues: [] });
    expect(seen).toEqual(['failed']);
    expect(channel.last).toEqual({ kind: 'input_problems', issues: [] });
  });
});
