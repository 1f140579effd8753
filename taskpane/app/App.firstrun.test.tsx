/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import type { CampaignOption, InputProblems } from '../../src/excel/operator-actions';
import { CAMPAIGNS } from './testing/fake-actions';
import { axeViolations, renderPane } from './testing/render-pane';

/** What the host answers on a workbook without input tables (the reader's every missing table). */
const EMPTY: InputProblems = {
  kind: 'input_problems',
  issues: ['Campaigns', 'Tasks', 'KPIs', 'Settings'].map((table) => ({
    code: 'missing_table',
    severity: 'error',
    address: null,
    text: `${table}: the workbook has no table or sheet named "${table}"`,
  })),
};

/** listCampaigns: the empty workbook until the tables are added, then the campaigns. */
function emptyUntilAdded() {
  let added = false;
  return {
    listCampaigns: (): Promise<CampaignOption[] | InputProblems> =>
      Promise.resolve(added ? [...CAMPAIGNS] : EMPTY),
    createTemplate: () => {
      added = true;
      return Promise.resolve({ kind: 'created', sheets: ['Campaigns', 'Tasks', 'KPIs'] } as const);
    },
    describeLastRun: () => Promise.resolve({ kind: 'none', reason: 'unreadable' } as const),
  };
}

jest.setTimeout(60_000);

describe('the first run, on a workbook without input tables', () => {
  it('says what the add-in does and offers the two ways to start, with no error shown', async () => {
    await renderPane(emptyUntilAdded());
    expect(
      await screen.findByRole('heading', { name: 'Track your campaigns in this workbook' }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try the sample' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add empty tables' })).toBeTruthy();
    expect(screen.queryByText(/no table or sheet named/)).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText('That did not work')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Run checks' })).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('Try the sample adds it, says what was added, and offers Run checks on its campaigns', async () => {
    const { user, callsTo } = await renderPane(emptyUntilAdded());
    await user.click(await screen.findByRole('button', { name: 'Try the sample' }));
    const told = 'Added 3 sheets: Campaigns, Tasks, KPIs. Run checks to see where the campaigns stand.';
    expect(await screen.findByText(told, { selector: '.fui-MessageBarBody' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(told);
    expect(callsTo('createTemplate').map((c) => c.args[0])).toEqual([{ sample: true }]);
    expect(await screen.findByRole('option', { name: 'Spring launch (C-SPRING)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Run checks' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Track your campaigns in this workbook' })).toBeNull();
  });

  it('Add empty tables adds the tables without a campaign', async () => {
    const { user, callsTo } = await renderPane(emptyUntilAdded());
    await user.click(await screen.findByRole('button', { name: 'Add empty tables' }));
    await screen.findByText(/^Added 3 sheets/, { selector: '.fui-MessageBarBody' });
    expect(callsTo('createTemplate').map((c) => c.args[0])).toEqual([{ sample: false }]);
  });

  it('a workbook whose tables have errors is not a first run: the errors wait for Run checks', async () => {
    const broken: InputProblems = {
      kind: 'input_problems',
      issues: [
        {
          code: 'invalid_choice',
          severity: 'error',
          address: { sheet: 'Campaigns', row: 2, column: 4, a1: 'Campaigns!D2' },
          text: 'Campaigns!D2: Status "live" is not one of active, paused, completed, cancelled',
        },
      ],
    };
    const { user } = await renderPane({
      listCampaigns: () => Promise.resolve(broken),
      prepareRun: () => Promise.resolve(broken),
    });
    const run = await screen.findByRole('button', { name: 'Run checks' });
    expect(screen.queryByText(/Status "live"/)).toBeNull();
    await user.click(run);
    expect(await screen.findByText(/^Status "live" is not one of/)).toBeTruthy();
  });
});
