/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { renderPane } from './testing/render-pane';

async function openSetup(overrides: Parameters<typeof renderPane>[0] = {}) {
  const pane = await renderPane(overrides);
  await screen.findByRole('option', { name: 'Spring launch (C-SPRING)' });
  await pane.user.click(screen.getByRole('tab', { name: 'Set up' }));
  await screen.findByRole('heading', { name: 'Set up this workbook' });
  return pane;
}

jest.setTimeout(60_000);

describe('Create template', () => {
  it('adds the empty input tables, links to the new sheets and reloads the campaigns', async () => {
    const { user, callsTo } = await openSetup();
    await user.click(screen.getByRole('button', { name: 'Add input tables' }));
    await screen.findByRole('heading', { name: 'Added 3 sheets' });
    expect(callsTo('createTemplate').map((c) => c.args[0])).toEqual([{ sample: false }]);
    expect(callsTo('listCampaigns')).toHaveLength(2);
    expect(screen.queryByText(/Run checks to see where/)).toBeNull(); // told here, not on Track
    await user.click(screen.getByRole('button', { name: 'Tasks' }));
    expect(callsTo('select').map((c) => c.args[0])).toEqual([{ sheet: 'Tasks' }]);
  });

  it('adds the sample campaign', async () => {
    const { user, callsTo } = await openSetup();
    await user.click(screen.getByRole('button', { name: 'Add sample campaign' }));
    await screen.findByRole('heading', { name: 'Added 3 sheets' });
    expect(callsTo('createTemplate').map((c) => c.args[0])).toEqual([{ sample: true }]);
  });

  it('says when the tables are already there', async () => {
    const { user, callsTo } = await openSetup({
      createTemplate: () => Promise.resolve({ kind: 'already_present', tables: ['Campaigns', 'Tasks'] }),
    });
    await user.click(screen.getByRole('button', { name: 'Add input tables' }));
    expect(
      await screen.findByText(
        'This workbook already has input tables (Campaigns, Tasks). Nothing was added.',
      ),
    ).toBeTruthy();
    expect(callsTo('createTemplate')).toHaveLength(1);
  });

  it('shows a failed template’s message', async () => {
    const { user } = await openSetup({
      createTemplate: () => Promise.reject(new Error('The workbook is protected; nothing was added.')),
    });
    await user.click(screen.getByRole('button', { name: 'Add input tables' }));
    expect(await screen.findByText('The workbook is protected; nothing was added.')).toBeTruthy();
  });
});
