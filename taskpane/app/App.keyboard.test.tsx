/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { renderPane } from './testing/render-pane';

/** Presses Tab until `target` has focus; fails if it is not reachable within `limit` presses. */
async function tabTo(user: UserEvent, target: HTMLElement, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit && document.activeElement !== target; presses += 1) await user.tab();
  expect(document.activeElement).toBe(target);
}

jest.setTimeout(60_000);

describe('the pane by keyboard alone', () => {
  it('runs checks, opens a detail, writes the report and opens the new report sheet', async () => {
    const { user, callsTo } = await renderPane();
    await screen.findByRole('option', { name: 'Spring launch (C-SPRING)' });

    await tabTo(user, screen.getByRole('button', { name: 'Run checks' }));
    await user.keyboard('{Enter}');
    const result = await screen.findByRole('heading', { name: 'Checked — nothing written yet' });
    expect(document.activeElement).toBe(result);

    const kpis = screen.getByRole('button', { name: /^KPIs \(\d+\)$/ });
    await tabTo(user, kpis);
    await user.keyboard('{Enter}');
    expect(kpis.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('150.0% of target, on target')).toBeTruthy();

    await tabTo(user, screen.getByRole('button', { name: /^Write report/ }));
    await user.keyboard('{Enter}');
    const written = await screen.findByRole('heading', { name: 'Report written' });
    expect(document.activeElement).toBe(written);
    expect(callsTo('commitRun')).toHaveLength(1);

    await tabTo(user, screen.getByRole('button', { name: 'Open the report (Report C-SPRING 2026-03-19)' }));
    await user.keyboard('{Enter}');
    expect(callsTo('select').map((c) => c.args[0])).toEqual([{ sheet: 'Report C-SPRING 2026-03-19' }]);
  });

  it('marks the focused control for the focus outline once the keyboard is used', async () => {
    const { user } = await renderPane();
    await screen.findByRole('option', { name: 'Spring launch (C-SPRING)' });
    const run = screen.getByRole('button', { name: 'Run checks' });
    await tabTo(user, run);
    expect(run.hasAttribute('data-fui-focus-visible')).toBe(true);
  });

  it('reverts the last run after confirming', async () => {
    const { user, callsTo } = await renderPane();
    await screen.findByRole('option', { name: 'Spring launch (C-SPRING)' });
    await screen.findByText(/^The run of 19 Mar 2026/);
    await tabTo(user, screen.getByRole('button', { name: 'Revert last run…' }));
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(
      await screen.findByRole('heading', { name: 'Revert the run of 19 Mar 2026, 10:30 Paris time?' }),
    );
    await tabTo(user, screen.getByRole('button', { name: 'Revert now' }));
    await user.keyboard(' ');
    await screen.findByRole('heading', { name: 'Last run reverted' });
    expect(callsTo('revertLastRun')).toHaveLength(1);
  });

  it('moves between tabs with the arrow keys and creates the sample from the Set up tab', async () => {
    const { user, callsTo } = await renderPane();
    await screen.findByRole('option', { name: 'Spring launch (C-SPRING)' });
    await tabTo(user, screen.getByRole('tab', { name: 'Track' }));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Import' }));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Set up' }));
    await user.keyboard('{Enter}');
    await screen.findByRole('tabpanel', { name: 'Set up' });
    await tabTo(user, screen.getByRole('button', { name: 'Add sample campaign' }));
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: 'Added 3 sheets' });
    expect(callsTo('createTemplate').map((c) => c.args[0])).toEqual([{ sample: true }]);
  });
});
