import { renderRecommendation } from '../messages/render-recommendation';
import { analysis, task } from '../testing/analysis-fixture';
import { isTrackingTask } from './readiness';
import { recommendationFindings } from './recommendations/recommendations';

// The fixture campaign starts on 2026-11-01; the report is made on 2026-10-20.
const before = Date.UTC(2026, 9, 20);
const say = (f: Parameters<typeof analysis>[0]) =>
  recommendationFindings(analysis({ asOf: before, ...f })).map(renderRecommendation);

describe('readiness before the start', () => {
  it.each([
    ['Install the Meta pixel', true],
    ['Set up conversion tracking', true],
    ['UTM parameters for the newsletter', true],
    ['GA4 analytics goals', true],
    ['Write the brief', false],
    ['Attract new customers', false],
  ])('“%s” is a tracking task: %s', (title, expected) => {
    expect(isTrackingTask({ title })).toBe(expected);
  });

  it('asks for a budget and a tracking task when the plan has neither', () => {
    expect(
      say({ campaign: { budgetAllocated: 0 }, tasks: [task('T1', { title: 'Write the brief' })] }),
    ).toEqual([
      "Set the campaign's Budget Allocated before launch on 2026-11-01: no budget is set",
      'Add a task to check conversion tracking (pixels, tags, UTM parameters) before launch on 2026-11-01: no tracking task is planned, and results are only measured from the day tracking works',
    ]);
  });

  it('says to launch as planned when nothing holds it up', () => {
    expect(say({ tasks: [task('T1', { title: 'Install the LinkedIn tag', status: 'completed' })] })).toEqual([
      'Launch as planned on 2026-11-01: nothing in the plan holds it up',
    ]);
  });
});
