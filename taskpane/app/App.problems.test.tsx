/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { INPUT_ERRORS } from './testing/run-fixtures';
import { renderPane } from './testing/render-pane';

const problems = { kind: 'input_problems', issues: INPUT_ERRORS } as const;

async function runIntoProblems() {
  const pane = await renderPane({ prepareRun: () => Promise.resolve(problems) });
  await screen.findByRole('option', { name: 'Spring launch (C-SPRING)' });
  await pane.user.click(screen.getByRole('button', { name: 'Run checks' }));
  const heading = await screen.findByRole('heading', { name: 'Fix the workbook, then run the checks again' });
  return { ...pane, heading };
}

jest.setTimeout(60_000);

describe('input problems', () => {
  it('shows each as a message bar, errors first, then warnings, and says nothing was written', async () => {
    const { heading } = await runIntoProblems();
    expect(document.activeElement).toBe(heading);
    const list = within(heading.closest('section') ?? document.body).getByRole('list');
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'ErrorStatus "done" is not one of pending, in_progress, completed, blocked, failed, cancelled Go to Tasks, cell D7',
      'ErrorChannelMetrics: the table has no column "Cost".',
      'WarningTime Zone is blank; UTC is used. Go to Settings, cell B3',
    ]);
    expect(screen.getByText(/2 errors, 1 warning\. Nothing was written\./)).toBeTruthy();
  });

  it('selects the offending cell from its link', async () => {
    const { user, callsTo } = await runIntoProblems();
    await user.click(screen.getByRole('button', { name: 'Go to Tasks, cell D7' }));
    expect(callsTo('select').map((c) => c.args[0])).toEqual([INPUT_ERRORS[1]?.address]);
  });

  it('selects the offending cell from the keyboard (Enter and Space)', async () => {
    const { user, callsTo } = await runIntoProblems();
    screen.getByRole('button', { name: 'Go to Settings, cell B3' }).focus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(callsTo('select').map((c) => c.args[0])).toEqual([
      INPUT_ERRORS[0]?.address,
      INPUT_ERRORS[0]?.address,
    ]);
  });

  it('shows a problem without an address with no link', async () => {
    await runIntoProblems();
    expect(screen.queryByRole('button', { name: /ChannelMetrics/ })).toBeNull();
  });

  it('keeps problems found while listing campaigns until a run is asked for', async () => {
    const { user } = await renderPane({ listCampaigns: () => Promise.resolve(problems) });
    const run = await screen.findByRole('button', { name: 'Run checks' });
    const picker = screen.getByRole('combobox', { name: 'Campaigns to check' });
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All active campaigns']);
    expect(screen.queryByRole('heading', { name: 'Fix the workbook, then run the checks again' })).toBeNull();
    await user.click(run);
    expect(await screen.findByRole('heading', { name: 'Checked — nothing written yet' })).toBeTruthy();
  });
});

describe('failures', () => {
  const failing = (message: string) => () => Promise.reject(new Error(message));

  it('shows a failed check’s message and lets the marketer try again', async () => {
    const { user } = await renderPane({
      prepareRun: failing('Finish editing the cell (press Enter or Esc), then run again.'),
    });
    await screen.findByRole('option', { name: 'Spring launch (C-SPRING)' });
    await user.click(screen.getByRole('button', { name: 'Run checks' }));
    expect(
      await screen.findByText('Finish editing the cell (press Enter or Esc), then run again.'),
    ).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Running checks' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Run checks' }).hasAttribute('disabled')).toBe(false);
  });

  it('keeps the result when the write fails, so Write report can be pressed again', async () => {
    const { user, callsTo } = await renderPane({ commitRun: failing('Sheet "Tasks" is protected.') });
    await screen.findByRole('option', { name: 'Spring launch (C-SPRING)' });
    await user.click(screen.getByRole('button', { name: 'Run checks' }));
    await user.click(await screen.findByRole('button', { name: /^Write report/ }));
    expect(await screen.findByText('Sheet "Tasks" is protected.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /^Write report/ }));
    expect(callsTo('commitRun')).toHaveLength(2);
  });

  it('shows a failed selection, and the message goes away when dismissed', async () => {
    const { user } = await renderPane({
      prepareRun: () => Promise.resolve(problems),
      select: failing('There is no sheet named "Tasks" any more.'),
    });
    await screen.findByRole('option', { name: 'Spring launch (C-SPRING)' });
    await user.click(screen.getByRole('button', { name: 'Run checks' }));
    await user.click(await screen.findByRole('button', { name: 'Go to Tasks, cell D7' }));
    expect(await screen.findByText('There is no sheet named "Tasks" any more.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText('There is no sheet named "Tasks" any more.')).toBeNull();
  });

  it('shows a failed look at the workbook', async () => {
    await renderPane({ listCampaigns: failing('Excel is busy.') });
    expect(await screen.findByText('Excel is busy.')).toBeTruthy();
  });

  it('shows something even for a rejection without a message', async () => {
    await renderPane({ describeLastRun: () => Promise.reject(undefined) });
    expect(await screen.findByText('Something went wrong, with no further detail.')).toBeTruthy();
  });
});
