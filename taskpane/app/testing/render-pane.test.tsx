/** @jest-environment jsdom */
import { render } from '@testing-library/react';
import { axeViolations, isDisabled } from './render-pane';

describe('test helpers', () => {
  it('axeViolations reports what axe finds (a nameless button, an image without text)', async () => {
    render(
      <main>
        <h1>Pane</h1>
        <button type="button" />
        <img src="x.png" />
      </main>,
    );
    const rules = (await axeViolations()).map((line) => line.split(':')[0]);
    expect(rules).toEqual(expect.arrayContaining(['button-name', 'image-alt']));
  });

  it('isDisabled knows both ways a button refuses', () => {
    const { getAllByRole } = render(
      <>
        <button disabled>a</button>
        <button aria-disabled="true">b</button>
        <button>c</button>
      </>,
    );
    expect(getAllByRole('button').map(isDisabled)).toEqual([true, true, false]);
  });
});
