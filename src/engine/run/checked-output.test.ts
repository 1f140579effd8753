import { z } from 'zod';
import { checkedOutput } from './checked-output';

describe('checkedOutput', () => {
  const schema = z.object({ metrics: z.object({ ctr: z.number() }) });

  it('returns a valid output as it is', () => {
    const value = { metrics: { ctr: 3 } };
    expect(checkedOutput(schema, 'CmoFeedback', value)).toBe(value);
  });

  it('throws naming the schema path of the problem', () => {
    const bad = { metrics: { ctr: 'x' } } as unknown as { metrics: { ctr: number } };
    expect(() => checkedOutput(schema, 'CmoFeedback', bad)).toThrow(
      /^CmoFeedback\.metrics\.ctr: .*engine bug/,
    );
  });
});
