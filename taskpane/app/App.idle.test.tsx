/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { axeViolations, isDisabled, renderPane } from './testing/render-pane';

jest.setTimeout(60_000);

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

  it('offers Run checks, and names the last run beside Revert last run', async () => {
    await renderPane();
    await screen.findByRole('option', { name: 'Spring launch (C-SPRING)' });
    expect(isDisabled(screen.getByRole('button', { name: 'Run checks' }))).toBe(false);
    const revert = await screen.findByRole('button', { name: 'Revert last run…' });
    expect(isDisabled(revert)).toBe(false);
    const described = document.getElementById(revert.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe(
      'The run of 19 Mar 2026, 10:30 Paris time. Reverting it: 1 task status put back, 2 updates reopened, 2 sheets deleted (Report C-SPRING 2026-03-19, CMO Feedback C-SPRING 2026-03-19).',
    );
  });

  it.each([
    ['no_run', 'Nothing to revert: no run has written to this workbook yet.'],
    ['reverted', 'Nothing to revert: the last run was reverted already.'],
    ['unreadable', 'Revert needs a workbook without input errors: run the checks to see them.'],
    [
      'undone',
      'Nothing to revert: the last run was undone in Excel (Ctrl+Z) or its log rows were deleted. Ctrl+Y redoes it.',
    ],
  ] as const)(
    'turns Revert last run off when there is nothing to revert (%s), and says why',
    async (reason, text) => {
      const { user, callsTo } = await renderPane({
        describeLastRun: () => Promise.resolve({ kind: 'none', reason }),
      });
      await screen.findByText(text);
      const revert = screen.getByRole('button', { name: 'Revert last run…' });
      expect(isDisabled(revert)).toBe(true);
      expect(document.getElementById(revert.getAttribute('aria-describedby') ?? '')?.textContent).toBe(text);
      // Still reachable by keyboard (so the reason is heard), but it does nothing.
      revert.focus();
      expect(document.activeElement).toBe(revert);
      await user.keyboard('{Enter}');
      expect(screen.queryByRole('heading', { name: /^Revert the run/ })).toBeNull();
      expect(callsTo('revertLastRun')).toHaveLength(0);
    },
  );

  it('has no axe violations, light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { unmount } = await renderPane({}, theme);
      await screen.findByRole('option', { name: 'Spring launch (C-SPRING)' });
      expect(await axeViolations()).toEqual([]);
      unmount();
    }
  });
});
