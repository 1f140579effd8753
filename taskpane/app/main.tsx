import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { OperatorActions } from '../../src/excel/operator-actions';
import { App } from './App';
import { themeForBackground } from './theme/pane-theme';

/**
 * Until the Office host's `createOfficeActions()` is part of the build, every action fails with this
 * message, which the pane shows (it never pretends to have checked anything).
 */
const missingHost = (): Promise<never> =>
  Promise.reject(
    new Error('This build of Campaign Operator cannot reach the workbook yet. Update the add-in.'),
  );

const unavailableActions: OperatorActions = {
  listCampaigns: missingHost,
  prepareRun: missingHost,
  commitRun: missingHost,
  revertLastRun: missingHost,
  createTemplate: missingHost,
  select: missingHost,
};

/**
 * Renders the task pane UI into `root`, in Office's light or dark theme. The runtime imports this
 * chunk (React and Fluent UI) only after Office is ready, so custom functions and ribbon commands
 * never wait for it. The only place that reads Office for the pane.
 *
 * @example mount(document.getElementById('root'))
 */
export function mount(root: HTMLElement): void {
  // The theme is cosmetic: a host without officeTheme gets the light theme rather than no pane.
  const theme = themeForBackground(Office.context?.officeTheme?.bodyBackgroundColor);
  createRoot(root).render(
    <StrictMode>
      <App actions={unavailableActions} theme={theme} />
    </StrictMode>,
  );
}
