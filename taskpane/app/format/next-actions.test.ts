import { nextActions } from './next-actions';

const escalation = (severity: 'critical' | 'high' | 'medium', action: string) => ({
  type: 'blocker' as const,
  description: `${severity} problem`,
  severity,
  recommended_action: action,
});

describe('nextActions', () => {
  test('escalations by severity (report order within one), then recommendations, each once, three at most', () => {
    const report = {
      escalations: [
        escalation('medium', 'Check the Display creatives'),
        escalation('critical', 'Unblock T09 with legal'),
        escalation('high', 'Shift budget to Search'),
        escalation('critical', 'Retry the Meta audience sync'),
      ],
    };
    expect(nextActions(report, { recommendations: ['Shift budget to Search', 'Brief the CMO'] })).toEqual([
      'Unblock T09 with legal',
      'Retry the Meta audience sync',
      'Shift budget to Search',
    ]);
  });

  test('recommendations fill in when there are few escalations; none gives none', () => {
    const feedback = { recommendations: [' Brief the CMO ', 'Brief the CMO', 'Pause Display'] };
    expect(nextActions({ escalations: [escalation('high', 'Shift budget')] }, feedback)).toEqual([
      'Shift budget',
      'Brief the CMO',
      'Pause Display',
    ]);
    expect(nextActions({ escalations: [] }, { recommendations: [] })).toEqual([]);
  });
});
