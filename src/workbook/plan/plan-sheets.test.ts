import { makeFeedback, makeReport } from '../../../test/fixtures/track-fixture';
import { feedbackSheetOp } from './feedback-sheet';
import { sheetsByCampaign } from './plan-sheets';
import { reportSheetOp } from './report-sheet';
import type { WritePlan } from './write-plan';

const report = (name: string) =>
  reportSheetOp({ name, report: makeReport(), timeZone: 'UTC', performanceThresholdPct: 50 });
const feedback = (name: string) =>
  feedbackSheetOp({ name, feedback: makeFeedback(), report: makeReport(), timeZone: 'UTC' });

describe('sheetsByCampaign', () => {
  test('two sheets per campaign in order; the rest are other sheets', () => {
    const plan: WritePlan = {
      ops: [report('Report A'), feedback('CMO Feedback A'), report('Report B'), feedback('CMO Feedback B')],
      newSheets: ['Task Log', 'Report A', 'CMO Feedback A', 'Report B', 'CMO Feedback B'],
    };
    const { campaignSheets, otherSheets } = sheetsByCampaign(plan, ['A', 'B']);
    expect([...campaignSheets]).toEqual([
      ['A', ['Report A', 'CMO Feedback A']],
      ['B', ['Report B', 'CMO Feedback B']],
    ]);
    expect(otherSheets).toEqual(['Task Log']);
  });

  test('the Portfolio sheet after the campaigns is one of the other sheets', () => {
    const plan: WritePlan = {
      ops: [
        report('Report A'),
        feedback('CMO Feedback A'),
        report('Report B'),
        feedback('CMO Feedback B'),
        { ...report('Portfolio 2026-11-24'), name: 'Portfolio 2026-11-24' },
      ],
      newSheets: ['Report A', 'CMO Feedback A', 'Report B', 'CMO Feedback B', 'Portfolio 2026-11-24'],
    };
    const { campaignSheets, otherSheets } = sheetsByCampaign(plan, ['A', 'B']);
    expect(campaignSheets.get('B')).toEqual(['Report B', 'CMO Feedback B']);
    expect(otherSheets).toEqual(['Portfolio 2026-11-24']);
  });

  test('a plan that does not add two sheets per campaign maps none', () => {
    const plan: WritePlan = { ops: [report('Report A')], newSheets: ['Report A'] };
    expect(sheetsByCampaign(plan, ['A']).campaignSheets.size).toBe(0);
  });
});
