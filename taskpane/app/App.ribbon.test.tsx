/** @jest-environment jsdom */
import { act, render, screen } from '@testing-library/react';
import { App } from './App';
import type { OutcomeFeed, OutsideOutcome } from './state/outcome-feed';
import { fakeActions } from './testing/fake-actions';
import './testing/render-pane';
import { INPUT_ERRORS, sampleCommitted } from './testing/run-fixtures';

/** A feed like the Office host's ribbonOutcomes channel. */
function feed(last: OutsideOutcome | null = null) {
  const listeners = new Set<(o: OutsideOutcome) => void>();
  const channel: OutcomeFeed & { publish: (o: OutsideOutcome) => void; listening: () => number } = {
    last,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    publish: (o) => listeners.forEach((l) => l(o)),
    listening: () => listeners.size,
  };
  return channel;
}

jest.setTimeout(60_000);

describe('runs started from the ribbon', () => {
  it('shows the outcome published before the pane opened', async () => {
    const outcomes = feed({ kind: 'input_problems', issues: INPUT_ERRORS });
    render(<App actions={fakeActions().actions} theme="light" outcomes={outcomes} />);
    expect(
      await screen.findByRole('heading', { name: 'Fix the workbook, then run the checks again' }),
    ).toBeTruthy();
  });

  it('shows outcomes published while the pane is open, and stops listening when it closes', async () => {
    const outcomes = feed();
    const { unmount } = render(<App actions={fakeActions().actions} theme="dark" outcomes={outcomes} />);
    await screen.findByRole('option', { name: 'Spring launch (C-SPRING)' });
    act(() => outcomes.publish({ kind: 'committed', committed: sampleCommitted() }));
    expect(await screen.findByRole('heading', { name: 'Report written' })).toBeTruthy();
    expect(screen.getByText(/^Written by Run checks on the ribbon\./)).toBeTruthy();
    act(() => outcomes.publish({ kind: 'failed', message: 'The Tasks sheet is protected.' }));
    expect(await screen.findByText('The Tasks sheet is protected.')).toBeTruthy();
    expect(outcomes.listening()).toBe(1);
    unmount();
    expect(outcomes.listening()).toBe(0);
  });
});
