/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import type { RunProgress } from '../../../src/excel/operator-actions';
import { renderInPane } from '../testing/render-pane';
import { RunProgressView } from './RunProgressView';

const steps = () => screen.getAllByRole('listitem').map((li) => li.textContent);

describe('RunProgressView', () => {
  it.each<[RunProgress | null, string[]]>([
    [
      null,
      [
        'Reading the workbook (to do)',
        'Checking the input (to do)',
        'Computing the reports (to do)',
        'Writing to the workbook (to do)',
        'Done (to do)',
      ],
    ],
    [
      { step: 'computing', fraction: 0.6 },
      [
        'Reading the workbook (done)',
        'Checking the input (done)',
        'Computing the reports (in progress)',
        'Writing to the workbook (to do)',
        'Done (to do)',
      ],
    ],
    [
      { step: 'done', fraction: 1 },
      [
        'Reading the workbook (done)',
        'Checking the input (done)',
        'Computing the reports (done)',
        'Writing to the workbook (done)',
        'Done (done)',
      ],
    ],
  ])('at %j marks the steps', (progress, expected) => {
    renderInPane(<RunProgressView progress={progress} />);
    expect(steps()).toEqual(expected);
  });

  it('keeps the bar within 0–1 whatever the host reports', () => {
    renderInPane(<RunProgressView progress={{ step: 'writing', fraction: 1.4 }} />);
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('1');
    expect(
      screen.getByText('Writing to the workbook', { selector: '.fui-Field__validationMessage' }),
    ).toBeTruthy();
  });
});
