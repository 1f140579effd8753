import { validateInput } from '../../src/engine/validate/validate-input';
import { engineInput } from './engine-input';

describe('engineInput', () => {
  const input = engineInput({ campaigns: 3, tasks: 300, rows: 2_000 });

  it('has the sizes asked for, campaigns sharing tasks and rows evenly', () => {
    expect(input.campaigns).toHaveLength(3);
    expect(input.tasks).toHaveLength(300);
    expect(input.channelMetrics).toHaveLength(2_000);
    expect(input.taskUpdates).toHaveLength(30);
    expect(input.tasks.filter((t) => t.campaignId === 'CMP-002')).toHaveLength(100);
  });

  it('is an input the engine accepts', () => {
    const checked = validateInput(input);
    expect(checked.ok ? [] : checked.issues).toEqual([]);
  });

  it('is the same every time', () => {
    expect(engineInput({ campaigns: 3, tasks: 300, rows: 2_000 })).toEqual(input);
  });
});
