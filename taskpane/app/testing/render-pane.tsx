import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { render, screen, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import axe from 'axe-core';
import type { ReactElement, ReactNode } from 'react';
import type { OperatorActions } from '../../../src/excel/operator-actions';
import { App } from '../App';
import type { ExcelWaitFeed } from '../state/excel-wait-feed';
import type { PaneTheme } from '../theme/pane-theme';
import { fakeActions } from './fake-actions';

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own size to choose a layout.
if (!('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', {
    value: class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    },
  });
}

// jsdom's Blob has no arrayBuffer() (the Import tab reads a picked file with it); FileReader does the same.
if (typeof Blob.prototype.arrayBuffer !== 'function') {
  Object.defineProperty(Blob.prototype, 'arrayBuffer', {
    configurable: true,
    value(this: Blob): Promise<ArrayBuffer> {
      return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
        reader.readAsArrayBuffer(this);
      });
    },
  });
}

// jsdom lays nothing out: `offsetParent` is always null and the body measures 0 × 0, so Fluent's
// focus manager (tabster) takes every element for hidden and lets Tab leave the pane after the tab
// list. As in a browser, an element has an offset parent unless it or an ancestor is
// `display: none`, and the body has the size of a task pane.
Object.defineProperty(HTMLBodyElement.prototype, 'getBoundingClientRect', {
  configurable: true,
  value: () => new DOMRect(0, 0, 320, 640),
});
Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
  configurable: true,
  get(this: HTMLElement): Element | null {
    const hidden = (el: HTMLElement | null): boolean =>
      el !== null && (window.getComputedStyle(el).display === 'none' || hidden(el.parentElement));
    return hidden(this) ? null : this.parentElement;
  },
});

export interface RenderedPane extends RenderResult {
  readonly user: UserEvent;
  readonly calls: ReturnType<typeof fakeActions>['calls'];
  readonly callsTo: ReturnType<typeof fakeActions>['callsTo'];
}

/** Renders the whole pane over a fake `OperatorActions` and waits for the campaign list to load. */
export async function renderPane(
  overrides: Partial<OperatorActions> = {},
  theme: PaneTheme = 'light',
  waits?: ExcelWaitFeed,
): Promise<RenderedPane> {
  const fake = fakeActions(overrides);
  const user = userEvent.setup();
  const rendered = render(<App actions={fake.actions} theme={theme} waits={waits} />);
  await screen.findByRole('heading', { level: 1, name: 'Campaign Operator' });
  return { ...rendered, user, calls: fake.calls, callsTo: fake.callsTo };
}

/** Renders one component inside the pane's Fluent provider. */
export function renderInPane(element: ReactElement, theme: PaneTheme = 'light'): RenderResult {
  return render(element, {
    wrapper: ({ children }) => <FluentWrapper theme={theme}>{children}</FluentWrapper>,
  });
}

function FluentWrapper({ theme, children }: { readonly theme: PaneTheme; readonly children: ReactNode }) {
  return <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme}>{children}</FluentProvider>;
}

/**
 * axe's violations for the document, as `rule: html` lines (empty when there are none). Colour
 * contrast needs a real renderer: jsdom lays nothing out, so that rule is left to the browser test.
 */
export async function axeViolations(root: Element = document.body): Promise<string[]> {
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.html}`));
}

/** Whether a button refuses to be pressed (Fluent sets `disabled`, or `aria-disabled` when it stays focusable). */
export function isDisabled(element: HTMLElement): boolean {
  return element.hasAttribute('disabled') || element.getAttribute('aria-disabled') === 'true';
}
