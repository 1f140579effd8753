import { labelled, LABEL_TEXT } from './label-text';

describe('labels in words', () => {
  test('figures', () => expect(LABEL_TEXT['[ESTIMATED]']).toBe('Estimated'));
  test('learnings', () => {
    expect(labelled('[INFERENCE] Search converts better')).toEqual({
      label: 'Inference',
      text: 'Search converts better',
    });
    expect(labelled('No label here')).toEqual({ label: null, text: 'No label here' });
  });
});
