// The shared runtime's entry (taskpane.html): one page hosts the task pane, the ribbon commands and the
// custom functions. Order matters: functions and ribbon actions are registered first, while the page
// loads, so formulas and buttons work before (and without) the pane's UI.
import './zod-jitless'; // first: the page's policy forbids eval
import '../functions/functions'; // the build appends CustomFunctions.associate(...) for each @customfunction
import { RIBBON_ACTIONS, registerRibbonActions } from './ribbon-actions';

registerRibbonActions(RIBBON_ACTIONS);

async function startTaskPane(): Promise<void> {
  await Office.onReady();
  const root = document.getElementById('root');
  if (root === null) throw new Error('taskpane.html has no #root element');
  const { mount } = await import(/* webpackChunkName: "taskpane-ui" */ './app/main.js');
  mount(root);
}

startTaskPane().catch((error: unknown) => {
  console.error('Campaign Operator could not start its task pane', error);
  const root = document.getElementById('root');
  if (root !== null)
    root.textContent = 'Campaign Operator could not start. Close the pane and open it again.';
});
