/** @jest-environment jsdom */
import { act, screen, within } from '@testing-library/react';
import type { RunCommitted, RunPreview, RunProgress } from '../../src/excel/operator-actions';
import { deferred } from './testing/fake-actions';
import { isDisabled, renderPane } from './testing/render-pane';
import { REJECTED_UPDATE, sampleCommitted, samplePreview } from './testing/run-fixtures';

const runButton = () => screen.getByRole('button', { name: 'Run checks' });

describe('Run checks', () => {
  it('prepares for every active campaign, shows the preview, and commits that preview on Apply', async () => {
    const { user, callsTo } = await renderPane();
    await user.click(runButton());

    const heading = await screen.findByRole('heading', { name: 'Review before writing' });
    expect(document.activeElement).toBe(heading);
    expect(callsTo('prepareRun')[0]?.args[0]).toEqual({ campaignIds: null });
    expect(callsTo('commitRun')).toHaveLength(0);
    expect(screen.getByText('T8 Newsletter: in_progress → completed')).toBeTruthy();
    expect(screen.getByText('TaskUpdates row 4 marked it completed.')).toBeTruthy();
    expect(screen.getByText(REJECTED_UPDATE.reason)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Apply and write report' }));
    await screen.findByRole('heading', { name: 'Checks done' });
    expect(callsTo('commitRun')).toHaveLength(1);
    expect(callsTo('commitRun')[0]?.args[0]).toEqual(samplePreview());
  });

  it('runs only the chosen campaign', async () => {
    const { user, callsTo } = await renderPane();
    const picker = screen.getByRole('combobox', { name: 'Campaigns to check' });
    await screen.findByRole('option', { name: 'Winter sale (C-OLD) — paused' });
    await user.selectOptions(picker, 'C-OLD');
    await user.click(runButton());
    await screen.findByRole('heading', { name: 'Review before writing' });
    expect(callsTo('prepareRun')[0]?.args[0]).toEqual({ campaignIds: ['C-OLD'] });
  });

  it('shows named steps while it works, with every button that starts work disabled', async () => {
    const answer = deferred<RunPreview>();
    let report: (p: RunProgress) => void = () => undefined;
    const { user } = await renderPane({
      prepareRun: (_request, onProgress) => {
        report = onProgress;
        return answer.promise;
      },
    });
    await user.click(runButton());
    expect(screen.getByRole('heading', { name: 'Running checks' })).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBeNull();
    expect(isDisabled(runButton())).toBe(true);
    expect(isDisabled(screen.getByRole('button', { name: 'Revert last run' }))).toBe(true);
    expect(isDisabled(screen.getByRole('button', { name: 'Reload campaigns' }))).toBe(true);

    act(() => report({ step: 'checking', fraction: 0.3 }));
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0.3');
    const current = screen.getByRole('listitem', { current: 'step' });
    expect(current.textContent).toBe('Checking the input (in progress)');
    expect(screen.getByRole('status').textContent).toBe('Checking the input…');
    expect(screen.getByText('(done)').parentElement?.textContent).toBe('Reading the workbook (done)');

    await act(async () => answer.resolve(samplePreview()));
    expect(isDisabled(screen.getByRole('button', { name: 'Apply and write report' }))).toBe(false);
  });

  it('goes straight to the commit when there is nothing to confirm', async () => {
    const empty = samplePreview({ taskChanges: [], rejectedUpdates: [] });
    const { callsTo } = await renderPane({ prepareRun: () => Promise.resolve(empty) });
    await screen.findByRole('option', { name: 'Spring launch (C-SPRING)' });
    await act(async () => runButton().click());
    await screen.findByRole('heading', { name: 'Checks done' });
    expect(screen.queryByRole('heading', { name: 'Review before writing' })).toBeNull();
    expect(callsTo('commitRun')[0]?.args[0]).toBe(empty);
  });

  it('shows a fresh preview with a note when the workbook changed, and commits that one', async () => {
    const fresh = samplePreview({ runId: 'run-2', taskChanges: [] });
    const answers: Array<Promise<RunCommitted | { kind: 'stale'; preview: RunPreview }>> = [
      Promise.resolve({ kind: 'stale', preview: fresh }),
      Promise.resolve(sampleCommitted(fresh)),
    ];
    const { user, callsTo } = await renderPane({
      commitRun: () => answers.shift() ?? Promise.reject(new Error('asked too often')),
    });
    await user.click(runButton());
    await user.click(await screen.findByRole('button', { name: 'Apply and write report' }));
    expect(await screen.findByText('The workbook changed')).toBeTruthy();
    expect(screen.getByText('No task status changes.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(
      'The workbook changed. Fresh preview: 0 status changes and 1 rejected update to review.',
    );
    await user.click(screen.getByRole('button', { name: 'Apply and write report' }));
    await screen.findByRole('heading', { name: 'Checks done' });
    expect(callsTo('commitRun').map((c) => c.args[0])).toEqual([samplePreview(), fresh]);
  });

  it('writes nothing on Cancel', async () => {
    const { user, callsTo } = await renderPane();
    await user.click(runButton());
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('heading', { name: 'Review before writing' })).toBeNull();
    expect(callsTo('commitRun')).toHaveLength(0);
  });

  it('selects a rejected update’s row from the preview', async () => {
    const { user, callsTo } = await renderPane();
    await user.click(runButton());
    await user.click(await screen.findByRole('button', { name: 'TaskUpdates!A6' }));
    expect(callsTo('select')[0]?.args[0]).toEqual(REJECTED_UPDATE.address);
  });

  it('lists input problems from the commit too', async () => {
    const { user } = await renderPane({
      commitRun: () =>
        Promise.resolve({
          kind: 'input_problems',
          issues: [{ severity: 'error', address: null, text: 'Tasks: the table is gone.' }],
        }),
    });
    await user.click(runButton());
    await user.click(await screen.findByRole('button', { name: 'Apply and write report' }));
    const heading = await screen.findByRole('heading', { name: 'Fix the workbook, then run again' });
    expect(
      within(heading.parentElement ?? document.body).getByText('Tasks: the table is gone.'),
    ).toBeTruthy();
  });
});
