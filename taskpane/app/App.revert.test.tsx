/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { renderPane } from './testing/render-pane';

const NAME = 'Revert the run of 19 Mar 2026, 10:30 Paris time?';

async function openConfirm(overrides: Parameters<typeof renderPane>[0] = {}) {
  const pane = await renderPane(overrides);
  await screen.findByText(/^The run of 19 Mar 2026/);
  await pane.user.click(screen.getByRole('button', { name: 'Revert last run…' }));
  const heading = await screen.findByRole('heading', { name: NAME });
  return { ...pane, heading };
}

jest.setTimeout(60_000);

describe('Revert last run', () => {
  it('asks first, naming the run, what it puts back and which sheets go; Keep it reverts nothing', async () => {
    const { user, heading, callsTo } = await openConfirm();
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText(/Excel’s Undo cannot undo what the add-in writes/)).toBeTruthy();
    expect(screen.getByText('Newsletter (T8): Completed → In progress')).toBeTruthy();
    expect(screen.getByText(/reopens 2 task updates/)).toBeTruthy();
    expect(
      screen.getByText('deletes 2 sheets: Report C-SPRING 2026-03-19, CMO Feedback C-SPRING 2026-03-19.'),
    ).toBeTruthy();
    expect(screen.queryByText(/run-2026-03-19-0001/)).toBeNull(); // no run id
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('heading', { name: NAME })).toBeNull();
    expect(callsTo('revertLastRun')).toHaveLength(0);
  });

  it('reverts, shows what it undid, and looks at the workbook again', async () => {
    const { user, callsTo } = await openConfirm();
    await user.click(screen.getByRole('button', { name: 'Revert now' }));
    await screen.findByRole('heading', { name: 'Last run reverted' });
    expect(callsTo('revertLastRun')).toHaveLength(1);
    expect(
      screen.getByText(
        'Reverted the run of 19 Mar 2026, 10:30 Paris time: 1 task status put back, 2 updates reopened, 2 sheets deleted.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('CMO Feedback C-SPRING 2026-03-19')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('The last run was reverted.');
    expect(callsTo('describeLastRun')).toHaveLength(2);
  });

  it('says when there was nothing left to revert', async () => {
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
