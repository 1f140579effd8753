/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { axeViolations, isDisabled, renderPane } from './testing/render-pane';

describe('the pane at rest', () => {
  it('lists the campaigns: all active by default, active ones, then the others', async () => {
    const { callsTo } = await renderPane();
    const picker = await screen.findByRole('combobox', { name: 'Campaigns to check' });
    await within(picker).findByRole('option', { name: 'Spring launch (C-SPRING)' });
    expect(callsTo('listCampaigns')).toHaveLength(1);
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'All active campaigns',
      'Spring launch (C-SPRING)',
      'Webinar series (C-WEBINAR)',
      'Winter sale (C-OLD) — paused',
    ]);
    expect((picker as HTMLSelectElement).value).toBe('');
  });

  it('offers Run checks and Revert last run once the campaigns are listed', async () => {
    await renderPane();
    await screen.findByRole('option', { name: 'Spring launch (C-SPRING)' });
    const run = screen.getByRole('button', { name: 'Run checks' });
    expect(isDisabled(run)).toBe(false);
    expect(isDisabled(screen.getByRole('button', { name: 'Revert last run' }))).toBe(false);
  });

  it('has no axe violations, light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { unmount } = await renderPane({}, theme);
      await screen.findByRole('option', { name: 'Spring launch (C-SPRING)' });
      expect(await axeViolations()).toEqual([]);
      unmount();
    }
  });
});
