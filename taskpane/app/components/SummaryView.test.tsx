/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { renderInPane } from '../testing/render-pane';
import { WARNING, sampleCommitted, sampleOutcome, samplePreview } from '../testing/run-fixtures';
import { SummaryView } from './SummaryView';

function renderSummary(committed = sampleCommitted(), onSelect = jest.fn()) {
  renderInPane(<SummaryView committed={committed} onSelect={onSelect} />);
  return onSelect;
}

const section = (name: string) => {
  const heading = screen.getByRole('heading', { name });
  return within(heading.parentElement ?? document.body);
};

describe('SummaryView', () => {
  it('shows the overall status, timeline and confidence of each campaign', () => {
    renderSummary();
    expect(screen.getByRole('heading', { level: 3, name: 'Spring launch (C-SPRING)' })).toBeTruthy();
    expect(screen.getByText('At risk', { selector: '.fui-Badge' })).toBeTruthy();
    expect(screen.getByText('72 / 100')).toBeTruthy();
    expect(screen.getByText(/^At risk: 3 of 10 tasks completed/)).toBeTruthy();
    expect(
      screen.getByText('Report time 2026-03-19 00:00 (UTC). Applied 1 status change; rejected 1 update.'),
    ).toBeTruthy();
  });

  it("shows the report's task summary and budget as written (USD, two decimals)", () => {
    renderSummary();
    expect(section('Tasks').getByText('3 of 10 (30.0%)')).toBeTruthy();
    const budget = section('Budget');
    expect(budget.getByText('$2,100.50 of $4,000.00 spent (52.5%); $1,899.50 left')).toBeTruthy();
    // utilization_pct 52.5 → the bar at 0.525 of its length.
    expect(budget.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0.525');
  });

  it('shows a full red bar and the overspend once spending passes the allocation', () => {
    const outcome = sampleOutcome();
    const report = {
      ...outcome.report,
      // 4,600 of 4,000: 600 over, 115.0 % used.
      budget_status: { allocated: 4000, spent: 4600, remaining: -600, utilization_pct: 115, currency: 'EUR' },
    };
    renderSummary(sampleCommitted(samplePreview({ campaigns: [{ ...outcome, report }] })));
    const budget = section('Budget');
    expect(budget.getByText('€4,600.00 of €4,000.00 spent (115.0%); €600.00 over budget')).toBeTruthy();
    expect(budget.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('1');
  });

  it('shows each KPI with target, actual and percent of target, pending ones as pending', () => {
    renderSummary();
    const kpis = section('KPIs');
    const cpa = within(kpis.getByRole('heading', { name: 'CPA primary' }).parentElement ?? document.body);
    expect(cpa.getByText('≤ $70.00')).toBeTruthy();
    expect(cpa.getByText('$210.05')).toBeTruthy();
    expect(cpa.getByText('33.3%')).toBeTruthy();
    const ctr = within(kpis.getByRole('heading', { name: 'CTR' }).parentElement ?? document.body);
    expect(ctr.getByText('150.0%')).toBeTruthy();
    const mqls = within(kpis.getByRole('heading', { name: 'MQLs' }).parentElement ?? document.body);
    expect(mqls.getAllByText('DATA PENDING — ETA: 2026-03-25')).toHaveLength(2);
    expect(mqls.getByText('[PENDING]')).toBeTruthy();
  });

  it('groups escalations by severity, critical first, and skips empty groups', () => {
    renderSummary();
    const escalations = section('Escalations (3)');
    expect(escalations.getAllByRole('heading', { level: 5 }).map((h) => h.textContent)).toEqual([
      'Critical (2)',
      'Medium (1)',
    ]);
    expect(escalations.getByText(/^What to do: Ask legal for a sign-off date today/)).toBeTruthy();
  });

  it('shows blockers with how long they have been blocked', () => {
    renderSummary();
    const blockers = section('Blockers (2)');
    expect(blockers.getByText(/^Blocked for 1 d 3 h\./)).toBeTruthy();
    expect(blockers.getByText(/^Blocked for an unknown time\./)).toBeTruthy();
    expect(blockers.getByText('critical task')).toBeTruthy();
  });

  it('shows learnings and recommendations', () => {
    renderSummary();
    expect(section('Learnings').getAllByRole('listitem')).toHaveLength(2);
    expect(section('Recommendations').getByText(/^Move 25% of LinkedIn spend/)).toBeTruthy();
  });

  it('links to the new Report and CMO Feedback sheets', () => {
    const onSelect = renderSummary();
    screen.getByRole('button', { name: 'Open the report sheet “Report C-SPRING 2026-03-19”' }).click();
    screen
      .getByRole('button', { name: 'Open the CMO feedback sheet “CMO Feedback C-SPRING 2026-03-19”' })
      .click();
    expect(onSelect.mock.calls).toEqual([
      [{ sheet: 'Report C-SPRING 2026-03-19' }],
      [{ sheet: 'CMO Feedback C-SPRING 2026-03-19' }],
    ]);
  });

  it('shows the warnings, each leading to its cell', () => {
    const onSelect = renderSummary(sampleCommitted(samplePreview({ warnings: [WARNING] })));
    screen.getByRole('button', { name: WARNING.text }).click();
    expect(onSelect.mock.calls).toEqual([[WARNING.address]]);
  });

  it('shows every campaign of the run, each with its own sheets', () => {
    renderSummary(
      sampleCommitted(samplePreview({ campaigns: [sampleOutcome(), sampleOutcome('C-WEB', 'Webinar')] })),
    );
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Spring launch (C-SPRING)',
      'Webinar (C-WEB)',
    ]);
    expect(
      screen.getByRole('button', { name: 'Open the report sheet “Report C-WEB 2026-03-19”' }),
    ).toBeTruthy();
  });
});
