/** @jest-environment jsdom */
import { act, screen, within } from '@testing-library/react';
import type { RunCommitted, RunPreview, RunProgress } from '../../src/excel/operator-actions';
import { deferred } from './testing/fake-actions';
import { isDisabled, renderPane } from './testing/render-pane';
import { REJECTED_UPDATE, sampleCommitted, samplePreview } from './testing/run-fixtures';

const runButton = () => screen.getByRole('button', { name: 'Run checks' });
const writeButton = () => screen.getByRole('button', { name: /^Write report — / });

async function checked(overrides: Parameters<typeof renderPane>[0] = {}) {
  const pane = await renderPane(overrides);
  await screen.findByRole('option', { name: 'Spring launch (C-SPRING)' });
  await pane.user.click(runButton());
  const heading = await screen.findByRole('heading', { name: 'Checked — nothing written yet' });
  return { ...pane, heading };
}

const abortError = () => new DOMException('The work was stopped.', 'AbortError');

jest.setTimeout(60_000);

describe('Run checks', () => {
  it('checks every active campaign and writes nothing: the overview first, what a write would change below', async () => {
    const { heading, callsTo } = await checked();
    expect(document.activeElement).toBe(heading);
    expect(callsTo('prepareRun')[0]?.args[0]).toEqual({ campaignIds: null });
    expect(callsTo('commitRun')).toHaveLength(0);
    const card = screen.getByRole('group', { name: 'Spring launch' });
    expect(within(card).getByText('C-SPRING · Running · 1 Mar 2026 – 30 Apr 2026')).toBeTruthy();
    expect(within(card).getByText('At risk')).toBeTruthy();
    expect(within(card).getByText(/^52\.5% · \$2,100\.50 of \$4,000\.00$/)).toBeTruthy();
    // CPA 33.3% of its target, under the 50% threshold: red, and said in words.
    expect(within(card).getByText('33.3% of target, below threshold')).toBeTruthy();
    expect(within(card).getByText('2 critical escalations')).toBeTruthy();
    const actions = within(card).getByRole('list', { name: 'Next actions' });
    expect(
      within(actions)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toHaveLength(3);
    expect(screen.getByText('Newsletter (T8): In progress → Completed')).toBeTruthy();
    expect(screen.getByText('Landing page (T4): to In progress, rejected')).toBeTruthy();
    expect(screen.getByText(REJECTED_UPDATE.reason)).toBeTruthy();
    expect(writeButton().textContent).toBe('Write report — 1 status change, 2 sheets');
  });

  it('writes the result shown on Write report, then links each new sheet', async () => {
    const { user, callsTo } = await checked();
    await user.click(writeButton());
    await screen.findByRole('heading', { name: 'Report written' });
    expect(callsTo('commitRun').map((c) => c.args[0])).toEqual([samplePreview()]);
    await user.click(screen.getByRole('button', { name: 'Open the report (Report C-SPRING 2026-03-19)' }));
    expect(callsTo('select').map((c) => c.args[0])).toEqual([{ sheet: 'Report C-SPRING 2026-03-19' }]);
    // The workbook is looked at again: its last run is now this one.
    expect(callsTo('describeLastRun')).toHaveLength(2);
  });

  it('runs only the chosen campaign', async () => {
    const { user, callsTo } = await renderPane();
    const picker = screen.getByRole('combobox', { name: 'Campaigns to check' });
    await screen.findByRole('option', { name: 'Winter sale (C-OLD) — paused' });
    await user.selectOptions(picker, 'C-OLD');
    await user.click(runButton());
    await screen.findByRole('heading', { name: 'Checked — nothing written yet' });
    expect(callsTo('prepareRun')[0]?.args[0]).toEqual({ campaignIds: ['C-OLD'] });
  });

  it('names each step with the time elapsed while it works, every button that starts work off', async () => {
    const answer = deferred<RunPreview>();
    let report: (p: RunProgress) => void = () => undefined;
    const { user } = await renderPane({
      prepareRun: (_request, onProgress) => {
        report = onProgress;
        return answer.promise;
      },
    });
    await screen.findByRole('option', { name: 'Spring launch (C-SPRING)' });
    await user.click(runButton());
    expect(screen.getByRole('heading', { name: 'Running checks' })).toBeTruthy();
    expect(isDisabled(runButton())).toBe(true);
    expect(isDisabled(screen.getByRole('button', { name: 'Revert last run…' }))).toBe(true);
    act(() => report({ step: 'checking', fraction: 0.3 }));
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0.3');
    expect(screen.getByRole('listitem', { current: 'step' }).textContent).toBe(
      'Checking the input (in progress)',
    );
    expect(screen.getByText(/^Checking the input — \d+ s$/)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Checking the input…');
    await act(async () => answer.resolve(samplePreview()));
    expect(isDisabled(writeButton())).toBe(false);
  });

  it('Cancel stops the checks at once and signals the host; a late answer changes nothing', async () => {
    const answer = deferred<RunPreview>();
    let signal: AbortSignal | undefined;
    const { user } = await renderPane({
      prepareRun: (_request, _progress, s) => {
        signal = s;
        return answer.promise;
      },
    });
    await screen.findByRole('option', { name: 'Spring launch (C-SPRING)' });
    await user.click(runButton());
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(signal?.aborted).toBe(true);
    expect(screen.queryByRole('heading', { name: 'Running checks' })).toBeNull();
    expect(isDisabled(runButton())).toBe(false);
    await act(async () => answer.resolve(samplePreview()));
    expect(screen.queryByRole('heading', { name: 'Checked — nothing written yet' })).toBeNull();
  });

  it('Cancel during a write goes back to the result once the host says it stopped before writing', async () => {
    const answer = deferred<RunCommitted>();
    const { user } = await checked({
      commitRun: (_preview, _progress, signal) => {
        signal?.addEventListener('abort', () => answer.reject(abortError()));
        return answer.promise;
      },
    });
    await user.click(writeButton());
    expect(screen.getByRole('heading', { name: 'Writing the report' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await screen.findByRole('heading', { name: 'Checked — nothing written yet' });
    expect(screen.queryByText('That did not work')).toBeNull();
  });

  it('offers no Cancel once the write has started writing, and a Cancel too late shows what was written', async () => {
    const answer = deferred<RunCommitted>();
    let report: (p: RunProgress) => void = () => undefined;
    const { user } = await checked({
      commitRun: (preview, onProgress) => {
        report = onProgress;
        return answer.promise.then(() => sampleCommitted(preview));
      },
    });
    await user.click(writeButton());
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    await user.click(cancel);
    expect(screen.getByRole('button', { name: 'Stopping…' })).toBeTruthy();
    act(() => report({ step: 'writing', fraction: 0.7 }));
    await act(async () => answer.resolve(sampleCommitted()));
    expect(await screen.findByRole('heading', { name: 'Report written' })).toBeTruthy();
  });

  it('shows the fresh result, marked, when the workbook changed, and writes that one', async () => {
    const fresh = samplePreview({ runId: 'run-2', taskChanges: [] });
    const answers: Array<Promise<RunCommitted | { kind: 'stale'; preview: RunPreview }>> = [
      Promise.resolve({ kind: 'stale', preview: fresh }),
      Promise.resolve(sampleCommitted(fresh)),
    ];
    const { user, callsTo } = await checked({
      commitRun: () => answers.shift() ?? Promise.reject(new Error('asked too often')),
    });
    await user.click(writeButton());
    expect(await screen.findByText('The workbook changed')).toBeTruthy();
    expect(screen.getByText('No task changes its status.')).toBeTruthy();
    expect(writeButton().textContent).toBe('Write report — 0 status changes, 2 sheets');
    await user.click(writeButton());
    await screen.findByRole('heading', { name: 'Report written' });
    expect(callsTo('commitRun').map((c) => c.args[0])).toEqual([samplePreview(), fresh]);
  });

  it('writes nothing on Discard', async () => {
    const { user, callsTo } = await checked();
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(screen.queryByRole('heading', { name: 'Checked — nothing written yet' })).toBeNull();
    expect(callsTo('commitRun')).toHaveLength(0);
  });

  it('goes to a rejected update’s row from the result, by its task’s title first', async () => {
    const { user, callsTo } = await checked();
    await user.click(screen.getByRole('button', { name: 'Go to the update (TaskUpdates, row 6)' }));
    expect(callsTo('select')[0]?.args[0]).toEqual(REJECTED_UPDATE.address);
  });

  it('says which sheets a write replaces (the same day’s), and which logs a first write creates', async () => {
    const preview = samplePreview({
      sheets: {
        ...samplePreview().sheets,
        replaced: ['Report C-SPRING 2026-03-19', 'CMO Feedback C-SPRING 2026-03-19'],
        logs: ['Task Log'],
      },
    });
    await checked({ prepareRun: () => Promise.resolve(preview) });
    expect(
      screen.getByText(
        'Replaces Report C-SPRING 2026-03-19 and CMO Feedback C-SPRING 2026-03-19, written earlier today (their history rows stay).',
      ),
    ).toBeTruthy();
    expect(screen.getByText('Creates the logs Task Log (a first write).')).toBeTruthy();
  });

  it('lists input problems from the write too', async () => {
    const { user } = await checked({
      commitRun: () =>
        Promise.resolve({
          kind: 'input_problems',
          issues: [
            { code: 'missing_table', severity: 'error', address: null, text: 'Tasks: the table is gone.' },
          ],
        }),
    });
    await user.click(writeButton());
    await screen.findByRole('heading', { name: 'Fix the workbook, then run the checks again' });
    expect(screen.getByText('Tasks: the table is gone.')).toBeTruthy();
  });

  it('names the wait when Excel refuses work because a cell is being edited', async () => {
    const answer = deferred<RunPreview>();
    const listeners = new Set<(waiting: boolean) => void>();
    const waits = {
      subscribe: (l: (w: boolean) => void) => (listeners.add(l), () => void listeners.delete(l)),
    };
    const { user } = await renderPane({ prepareRun: () => answer.promise }, 'light', waits);
    await screen.findByRole('option', { name: 'Spring launch (C-SPRING)' });
    await user.click(runButton());
    act(() => listeners.forEach((l) => l(true)));
    expect(screen.getByText('Excel is waiting for you')).toBeTruthy();
    act(() => listeners.forEach((l) => l(false)));
    expect(screen.queryByText('Excel is waiting for you')).toBeNull();
  });
});
