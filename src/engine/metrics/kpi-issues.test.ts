import { makeCampaign, makeInput, makeKpi } from '../testing/fixtures';
import { kpiIssues } from './kpi-issues';

describe('kpiIssues', () => {
  it.each<[string | number, boolean]>([
    ['$80', false],
    ['0.5', false],
    ['soon', true],
    ['0', true],
    [0, true],
    ['-5%', true],
    ['', true],
  ])('Target %j is invalid: %s', (target, invalid) => {
    const input = makeInput({ kpis: [makeKpi('cpa', target, { type: 'primary' })] });
    const found = kpiIssues(input).filter((i) => i.code === 'invalid_target');
    expect(found).toEqual(
      invalid
        ? [{ code: 'invalid_target', value: String(target), path: ['kpis', 0, 'target'], severity: 'error' }]
        : [],
    );
  });

  it('warns when an Actual is not a figure', () => {
    const input = makeInput({ kpis: [makeKpi('MQLs', 100, { type: 'primary', actual: 'about 80' })] });
    expect(kpiIssues(input)).toEqual([
      expect.objectContaining({
        code: 'invalid_value',
        path: ['kpis', 0, 'actual'],
        severity: 'warning',
        value: 'about 80',
      }),
    ]);
  });

  it.each<[string, Array<'primary' | 'secondary'>, Array<string | number> | null, number]>([
    ['no KPI at all', [], ['kpis'], 0],
    ['no primary', ['secondary', 'secondary'], ['kpis'], 0],
    ['one primary', ['secondary', 'primary'], null, 1],
    ['two primaries: points at the second', ['primary', 'secondary', 'primary'], ['kpis', 2, 'type'], 2],
  ])('%s', (_name, types, path, count) => {
    const input = makeInput({ kpis: types.map((type) => makeKpi('ctr', '3%', { type })) });
    const found = kpiIssues(input).filter((i) => i.code === 'primary_kpi_count');
    expect(found).toEqual(
      path === null
        ? []
        : [{ code: 'primary_kpi_count', campaignId: 'C1', count, path, severity: 'warning' }],
    );
  });

  it('checks each campaign; an inactive one only when it has KPIs', () => {
    const input = makeInput({
      campaigns: [
        makeCampaign(),
        makeCampaign({ campaignId: 'C2' }),
        makeCampaign({ campaignId: 'OLD', status: 'completed' }),
        makeCampaign({ campaignId: 'P', status: 'paused' }),
      ],
      kpis: [makeKpi('ctr', '3%', { type: 'primary' }), makeKpi('ctr', '3%', { campaignId: 'P' })],
    });
    expect(kpiIssues(input).map((i) => i.code === 'primary_kpi_count' && i.campaignId)).toEqual(['C2', 'P']);
  });
});
