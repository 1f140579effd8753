/** @jest-environment jsdom */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RunProgress } from '../../../src/excel/operator-actions';
import { renderInPane } from '../testing/render-pane';
import { RunProgressView, type RunProgressViewProps } from './RunProgressView';

const steps = () => screen.getAllByRole('listitem').map((li) => li.textContent);
const view = (over: Partial<RunProgressViewProps>) => (
  <RunProgressView
    purpose="check"
    progress={null}
    startedAt={Date.now()}
    cancellable
    excelWaiting={false}
    onCancel={() => undefined}
    {...over}
  />
);

jest.setTimeout(60_000);

describe('RunProgressView', () => {
  it.each<['check' | 'write', RunProgress | null, string[]]>([
    [
      'check',
      null,
      [
        'Reading the workbook (to do)',
        'Checking the input (to do)',
        'Working out the reports (to do)',
        'Done (to do)',
      ],
    ],
    [
      'check',
      { step: 'computing', fraction: 0.6 },
      [
        'Reading the workbook (done)',
        'Checking the input (done)',
        'Working out the reports (in progress)',
        'Done (to do)',
      ],
    ],
    [
      'write',
      { step: 'writing', fraction: 0.8 },
      [
        'Reading the workbook (done)',
        'Checking the input (done)',
        'Working out the reports (done)',
        'Writing to the workbook (in progress)',
        'Done (to do)',
      ],
    ],
  ])('a %s at %j marks its steps', (purpose, progress, expected) => {
    renderInPane(view({ purpose, progress }));
    expect(steps()).toEqual(expected);
  });

  it('keeps the bar within 0–1 whatever the host reports, and says what is written', () => {
    renderInPane(
      view({ purpose: 'write', progress: { step: 'writing', fraction: 1.4 }, cancellable: false }),
    );
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('1');
    expect(screen.getByText(/Writing now: this cannot be stopped/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });

  it('names the step with the time elapsed, ticking each second', () => {
    jest.useFakeTimers({ now: 10_000 });
    try {
      renderInPane(view({ startedAt: 7_000, progress: { step: 'reading', fraction: 0 } }));
      expect(screen.getByText('Reading the workbook — 3 s')).toBeTruthy();
      act(() => jest.advanceTimersByTime(62_000));
      expect(screen.getByText('Reading the workbook — 1 min 5 s')).toBeTruthy();
    } finally {
      jest.useRealTimers();
    }
  });

  it('offers Cancel while it is safe; a write says Stopping… until the host confirms', async () => {
    const cancelled: string[] = [];
    renderInPane(view({ purpose: 'write', onCancel: () => cancelled.push('write') }));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(cancelled).toEqual(['write']);
    expect(screen.getByRole('button', { name: 'Stopping…' }).hasAttribute('disabled')).toBe(true);
  });

  it('says what to do when Excel waits for a cell being edited', () => {
    renderInPane(view({ excelWaiting: true }));
    expect(screen.getByText('Excel is waiting for you')).toBeTruthy();
    expect(screen.getByText(/Press Enter or Esc in the sheet/)).toBeTruthy();
  });
});
