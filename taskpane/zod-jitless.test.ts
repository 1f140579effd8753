import { config } from 'zod';
import './zod-jitless';

describe('zod in the add-in', () => {
  it('never compiles code (the pages forbid eval)', () => {
    expect(config().jitless).toBe(true);
  });
});
