import { renderRevertReason } from './render-revert';

describe('renderRevertReason', () => {
  test('names the run undone', () => {
    expect(renderRevertReason('run-7')).toBe('reverted run run-7: back to the state before it');
  });
});
