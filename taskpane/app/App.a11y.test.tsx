/** @jest-environment jsdom */
import { act, screen } from '@testing-library/react';
import type { OperatorActions, RunPreview } from '../../src/excel/operator-actions';
import { deferred } from './testing/fake-actions';
import { axeViolations, renderPane, type RenderedPane } from './testing/render-pane';
import { IMPORT_PROBLEM_ANSWER, sampleImportPreview } from './testing/import-fixtures';
import { INPUT_ERRORS, WARNING, samplePreview } from './testing/run-fixtures';
import type { PaneTheme } from './theme/pane-theme';

interface Scenario {
  readonly overrides: Partial<OperatorActions>;
  /** Brings the pane into the state; resolves once it shows. */
  readonly reach: (pane: RenderedPane) => Promise<unknown>;
}

const click = async (pane: RenderedPane, name: string, role: 'button' | 'tab' = 'button') =>
  pane.user.click(await screen.findByRole(role, { name }));

const withWarnings = samplePreview({ warnings: [WARNING] });
const never = () => deferred<never>().promise;

const SCENARIOS: Record<string, Scenario> = {
  idle: { overrides: {}, reach: () => screen.findByRole('option', { name: 'Spring launch (C-SPRING)' }) },
  progress: {
    overrides: {
      prepareRun: (_request, onProgress) => {
        onProgress({ step: 'checking', fraction: 0.3 });
        return deferred<RunPreview>().promise;
      },
    },
    reach: async (pane) => {
      await click(pane, 'Run checks');
      return screen.findByRole('heading', { name: 'Running checks' });
    },
  },
  checked: {
    overrides: { prepareRun: () => Promise.resolve(withWarnings) },
    reach: async (pane) => {
      await click(pane, 'Run checks');
      return screen.findByRole('heading', { name: 'Checked — nothing written yet' });
    },
  },
  'checked, every detail open': {
    overrides: { prepareRun: () => Promise.resolve(withWarnings) },
    reach: async (pane) => {
      await click(pane, 'Run checks');
      await screen.findByRole('heading', { name: 'Checked — nothing written yet' });
      for (const header of screen.getAllByRole('button', { expanded: false })) await pane.user.click(header);
      return screen.findByText('150.0% of target, on target');
    },
  },
  'checked again (stale)': {
    overrides: { commitRun: () => Promise.resolve({ kind: 'stale', preview: withWarnings }) },
    reach: async (pane) => {
      await click(pane, 'Run checks');
      await pane.user.click(await screen.findByRole('button', { name: /^Write report/ }));
      return screen.findByText('The workbook changed');
    },
  },
  writing: {
    overrides: { commitRun: never },
    reach: async (pane) => {
      await click(pane, 'Run checks');
      await pane.user.click(await screen.findByRole('button', { name: /^Write report/ }));
      return screen.findByRole('heading', { name: 'Writing the report' });
    },
  },
  written: {
    overrides: { prepareRun: () => Promise.resolve(withWarnings) },
    reach: async (pane) => {
      await click(pane, 'Run checks');
      await pane.user.click(await screen.findByRole('button', { name: /^Write report/ }));
      return screen.findByRole('heading', { name: 'Report written' });
    },
  },
  'input problems': {
    overrides: { prepareRun: () => Promise.resolve({ kind: 'input_problems', issues: INPUT_ERRORS }) },
    reach: async (pane) => {
      await click(pane, 'Run checks');
      return screen.findByRole('heading', { name: 'Fix the workbook, then run the checks again' });
    },
  },
  'nothing to revert yet': {
    overrides: { describeLastRun: () => Promise.resolve({ kind: 'none', reason: 'no_run' }) },
    reach: () => screen.findByText('Nothing to revert: no run has written to this workbook yet.'),
  },
  error: {
    overrides: { prepareRun: () => Promise.reject(new Error('The workbook is read-only.')) },
    reach: async (pane) => {
      await click(pane, 'Run checks');
      return screen.findByText('The workbook is read-only.');
    },
  },
  'revert confirmation': {
    overrides: {},
    reach: async (pane) => {
      await click(pane, 'Revert last run…');
      return screen.findByRole('heading', { name: /^Revert the run of/ });
    },
  },
  reverting: {
    overrides: { revertLastRun: never },
    reach: async (pane) => {
      await click(pane, 'Revert last run…');
      await click(pane, 'Revert now');
      return screen.findByText('Reverting the last run…', { selector: 'label' });
    },
  },
  'revert result': {
    overrides: {},
    reach: async (pane) => {
      await click(pane, 'Revert last run…');
      await click(pane, 'Revert now');
      return screen.findByRole('heading', { name: 'Last run reverted' });
    },
  },
  'nothing to revert': {
    overrides: { revertLastRun: () => Promise.resolve({ kind: 'nothing_to_revert' }) },
    reach: async (pane) => {
      await click(pane, 'Revert last run…');
      await click(pane, 'Revert now');
      return screen.findByRole('heading', { name: 'Nothing to revert' });
    },
  },
  'creating the template': {
    overrides: { createTemplate: never },
    reach: async (pane) => {
      await click(pane, 'Set up', 'tab');
      await click(pane, 'Add sample campaign');
      return screen.findByText('Adding the sample campaign…', { selector: 'label' });
    },
  },
  'template result': {
    overrides: {},
    reach: async (pane) => {
      await click(pane, 'Set up', 'tab');
      await click(pane, 'Add input tables');
      return screen.findByRole('heading', { name: 'Added 3 sheets' });
    },
  },
  'import fields': {
    overrides: {},
    reach: async (pane) => {
      await click(pane, 'Import', 'tab');
      return screen.findByRole('heading', { name: 'Import an ad-platform export' });
    },
  },
  'reading an export': {
    overrides: { prepareImport: never },
    reach: async (pane) => {
      await click(pane, 'Import', 'tab');
      await click(pane, 'Import pasted range');
      return screen.findByText('Reading the pasted range…', { selector: 'label' });
    },
  },
  'import preview, stale': {
    overrides: { commitImport: () => Promise.resolve({ kind: 'stale', preview: sampleImportPreview() }) },
    reach: async (pane) => {
      await click(pane, 'Import', 'tab');
      await click(pane, 'Import pasted range');
      await click(pane, 'Import');
      return screen.findByText('ChannelMetrics changed');
    },
  },
  imported: {
    overrides: {},
    reach: async (pane) => {
      await click(pane, 'Import', 'tab');
      await click(pane, 'Import pasted range');
      await click(pane, 'Import');
      return screen.findByRole('heading', { name: 'Imported' });
    },
  },
  'import problems, with the Date format': {
    overrides: { prepareImport: () => Promise.resolve(IMPORT_PROBLEM_ANSWER) },
    reach: async (pane) => {
      await click(pane, 'Import', 'tab');
      await click(pane, 'Import pasted range');
      await screen.findByRole('radiogroup', { name: 'Date format' });
      return screen.findByRole('heading', { name: 'Nothing was imported' });
    },
  },
  'template already present': {
    overrides: { createTemplate: () => Promise.resolve({ kind: 'already_present', tables: ['Tasks'] }) },
    reach: async (pane) => {
      await click(pane, 'Set up', 'tab');
      await click(pane, 'Add input tables');
      return screen.findByText(/already has input tables/);
    },
  },
};

// Axe over a whole pane in jsdom: over a minute per scenario on a loaded machine (two cores shared).
jest.setTimeout(180_000);

describe.each<PaneTheme>(['light', 'dark'])('axe, %s theme', (theme) => {
  it.each(Object.keys(SCENARIOS))('%s: no violations', async (name) => {
    const scenario = SCENARIOS[name];
    if (scenario === undefined) throw new Error(`no scenario ${name}`);
    const pane = await renderPane(scenario.overrides, theme);
    await screen.findByRole('option', { name: 'Spring launch (C-SPRING)' });
    await screen.findByText(/^(The run of|Nothing to revert)/);
    await scenario.reach(pane);
    await act(async () => undefined);
    expect(await axeViolations()).toEqual([]);
  });
});
