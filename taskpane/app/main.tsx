import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { cellEditWaits, createOfficeActions, ribbonOutcomes } from '../../src/excel/index';
import { App } from './App';
import { themeForBackground } from './theme/pane-theme';
import { workerJobs } from '../worker/worker-computer';

/**
 * Renders the task pane UI into `root`: the Office host's actions (a run's and an import's heavy part in a Web Worker),
 * the ribbon's run outcomes, Excel's waits for a cell being edited and Office's light or dark theme. The runtime imports this chunk (React and Fluent UI) only after Office
 * is ready, so custom functions and ribbon commands never wait for it. The only file of the pane that
 * touches Office.
 *
 * @example mount(document.getElementById('root'))
 */
export function mount(root: HTMLElement): void {
  // The theme is cosmetic: a host without officeTheme gets the light theme rather than no pane.
  const theme = themeForBackground(Office.context?.officeTheme?.bodyBackgroundColor);
  const jobs = workerJobs();
  createRoot(root).render(
    <StrictMode>
      <App
        actions={createOfficeActions({ compute: jobs.compute, parse: jobs.parse })}
        theme={theme}
        outcomes={ribbonOutcomes}
        waits={cellEditWaits}
      />
    </StrictMode>,
  );
}
