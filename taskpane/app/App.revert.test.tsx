/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { renderPane } from './testing/render-pane';

async function openConfirm(overrides: Parameters<typeof renderPane>[0] = {}) {
  const pane = await renderPane(overrides);
  await screen.findByRole('option', { name: 'Spring launch (C-SPRING)' });
  await pane.user.click(screen.getByRole('button', { name: 'Revert last run' }));
  const heading = await screen.findByRole('heading', { name: 'Revert the last run?' });
  return { ...pane, heading };
}

describe('Revert last run', () => {
  it('asks first, explaining that Undo cannot do it, and Keep it reverts nothing', async () => {
    const { user, heading, callsTo } = await openConfirm();
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText(/Excel’s Undo \(Ctrl\+Z\) cannot undo what the add-in writes/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('heading', { name: 'Revert the last run?' })).toBeNull();
    expect(callsTo('revertLastRun')).toHaveLength(0);
  });

  it('shows what it restored and removed', async () => {
    const { user, callsTo } = await openConfirm();
    await user.click(screen.getByRole('button', { name: 'Revert now' }));
    await screen.findByRole('heading', { name: 'Last run reverted' });
    expect(callsTo('revertLastRun')).toHaveLength(1);
    expect(screen.getByText('run-2026-03-19-0001')).toBeTruthy();
    expect(screen.getByText('T8')).toBeTruthy();
    expect(screen.getByText('2 updates')).toBeTruthy();
    expect(screen.getByText('Report C-SPRING 2026-03-19')).toBeTruthy();
    expect(screen.getByText('CMO Feedback C-SPRING 2026-03-19')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('The last run was reverted.');
  });

  it('says when there is nothing to revert', async () => {
    const { user } = await openConfirm({
      revertLastRun: () => Promise.resolve({ kind: 'nothing_to_revert' }),
    });
    await user.click(screen.getByRole('button', { name: 'Revert now' }));
    expect(await screen.findByRole('heading', { name: 'Nothing to revert' })).toBeTruthy();
  });

  it('shows a failed revert’s message', async () => {
    const { user } = await openConfirm({
      revertLastRun: () => Promise.reject(new Error('The Task Log sheet is protected; nothing was changed.')),
    });
    await user.click(screen.getByRole('button', { name: 'Revert now' }));
    expect(await screen.findByText('The Task Log sheet is protected; nothing was changed.')).toBeTruthy();
  });
});
