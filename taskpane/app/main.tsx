import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';

/**
 * Renders the task pane UI into `root`. The runtime imports this chunk (React and Fluent UI) only
 * after Office is ready, so custom functions and ribbon commands never wait for it.
 *
 * @example mount(document.getElementById('root'))
 */
export function mount(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
