/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import type { ImportPreview, ImportRequest } from '../../src/excel/operator-actions';
import { deferred } from './testing/fake-actions';
import { IMPORT_PROBLEM_ANSWER, sampleImportCommitted, sampleImportPreview } from './testing/import-fixtures';
import { isDisabled, renderPane } from './testing/render-pane';

async function openImport(overrides: Parameters<typeof renderPane>[0] = {}) {
  const pane = await renderPane(overrides);
  await screen.findByRole('option', { name: 'Spring launch (C-SPRING)' });
  await pane.user.click(screen.getByRole('tab', { name: 'Import' }));
  await screen.findByRole('heading', { name: 'Import an ad-platform export' });
  return pane;
}

const requestOf = (call: { args: readonly unknown[] } | undefined) => call?.args[0] as ImportRequest;

describe('the Import tab', () => {
  it('imports a pasted range: the fields go with the request, the preview shows the summary and counts', async () => {
    const { user, callsTo } = await openImport();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Campaign' }), 'C-WEBINAR');
    await user.type(screen.getByRole('textbox', { name: /Channel/ }), ' LinkedIn ');
    await user.click(screen.getByRole('radio', { name: 'Skip them' }));
    await user.click(screen.getByRole('button', { name: 'Import pasted range' }));

    const preview = await screen.findByRole('region', { name: 'Review the import' });
    expect(requestOf(callsTo('prepareImport')[0])).toEqual({
      source: { kind: 'selection' },
      campaignId: 'C-WEBINAR',
      mode: 'skip',
      channel: 'LinkedIn',
    });
    expect(document.activeElement).toBe(within(preview).getByRole('heading', { name: 'Review the import' }));
    // The fixture's summary: 11 rows read, 6 added, 2 replaced, 3 total rows dropped.
    expect(within(preview).getByText('pasted range Export!A1:H12')).toBeTruthy();
    expect(within(preview).getByText('Google Ads export (confidence 0.90), in USD')).toBeTruthy();
    expect(
      within(preview).getByText(
        '11 rows read: 6 added, 2 replaced, 0 skipped; dropped 3 total rows and 0 empty rows',
      ),
    ).toBeTruthy();
    const counts = Object.fromEntries(
      within(preview)
        .getAllByRole('term')
        .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
    );
    expect(counts).toMatchObject({ 'Rows read': '11', Added: '6', Replaced: '2', Skipped: '0' });
    // The review: dates, totals (blanks counted, not added as zeros), and the rows as they will be written.
    expect(counts).toMatchObject({
      Dates: '2026-03-15 to 2026-03-18',
      Rows: '8',
      Channels: '2',
      'Ad campaigns': '3',
      Spend: '$1,250.40',
      Impressions: '48,200',
      Clicks: '1,310',
      Conversions: '41.5 (2 blank)',
    });
    const written = within(preview).getByRole('list', { name: 'Rows as they will be written' });
    expect(
      within(written)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'add: Campaign ID C-SPRING · Channel Google Ads – Search · Ad Campaign Brand – Exact · Date 2026-03-15 · Impressions 5,200 · Clicks 180 · Conversions 6 · Cost $210.50 · Revenue blank · Engagements 180',
      'replace row 14: Campaign ID C-SPRING · Channel Google Ads – Display · Ad Campaign Remarketing · Date 2026-03-17 · Impressions 21,000 · Clicks 95 · Conversions blank · Cost $64.20 · Revenue blank · Engagements 95',
    ]);
    expect(
      within(preview)
        .getAllByRole('listitem')
        .filter((li) => !written.contains(li))
        .map((li) => li.textContent),
    ).toEqual([
      '3 total rows dropped, never counted twice: "Total: Account" (line 10), "Total: Search" (line 11) and "Total: Display" (line 12)',
      '2 rows already in ChannelMetrics replaced: "Google Ads – Search" 2026-03-17 (row 14) and "Google Ads – Search" 2026-03-18 (row 15)',
    ]);
    expect(callsTo('commitImport')).toHaveLength(0);

    await user.click(within(preview).getByRole('button', { name: 'Import' }));
    await screen.findByRole('heading', { name: 'Imported' });
    expect(callsTo('commitImport').map((c) => (c.args[0] as ImportPreview).importId)).toEqual(['import-1']);
    await user.click(screen.getByRole('button', { name: 'Open the ChannelMetrics sheet' }));
    expect(callsTo('select').map((c) => c.args[0])).toEqual([{ sheet: 'ChannelMetrics' }]);
    // A long user journey (type, choose, read the review, import): slow under a loaded machine.
  }, 20_000);

  it('imports a picked file: its bytes, its name', async () => {
    const { user, callsTo } = await openImport();
    const file = new File(['Day,Cost\n2026-03-18,12.5\n'], 'google-ads.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('Export file'), file);
    await screen.findByRole('heading', { name: 'Review the import' });
    const request = requestOf(callsTo('prepareImport')[0]);
    expect(request.source.kind).toBe('file');
    if (request.source.kind !== 'file') return;
    expect(request.source.name).toBe('google-ads.csv');
    expect(String.fromCharCode(...request.source.bytes)).toBe('Day,Cost\n2026-03-18,12.5\n'); // ASCII
    expect(request.campaignId).toBe('C-SPRING'); // the first active campaign, offered by default
    expect(screen.getByText('google-ads.csv')).toBeTruthy();
  });

  it('Cancel writes nothing and goes back to the fields', async () => {
    const { user, callsTo } = await openImport();
    await user.click(screen.getByRole('button', { name: 'Import pasted range' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('heading', { name: 'Review the import' })).toBeNull();
    expect(callsTo('commitImport')).toHaveLength(0);
  });

  it('shows a fresh preview, marked, when ChannelMetrics changed before the commit; Import writes it', async () => {
    const fresh = sampleImportPreview({
      importId: 'import-1',
      counts: { ...sampleImportPreview().counts, added: 5 },
    });
    let commits = 0;
    const { user, callsTo } = await openImport({
      commitImport: (preview) =>
        Promise.resolve(commits++ === 0 ? { kind: 'stale', preview: fresh } : sampleImportCommitted(preview)),
    });
    await user.click(screen.getByRole('button', { name: 'Import pasted range' }));
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    expect(await screen.findByText('ChannelMetrics changed')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByRole('heading', { name: 'Imported' });
    expect(callsTo('commitImport').map((c) => c.args[0])).toEqual([sampleImportPreview(), fresh]);
  });

  it('says when there was nothing to write', async () => {
    const { user } = await openImport({
      commitImport: (preview) => Promise.resolve({ kind: 'committed', preview, written: false }),
    });
    await user.click(screen.getByRole('button', { name: 'Import pasted range' }));
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    await screen.findByRole('heading', { name: 'Nothing to import' });
  });

  it('lists the problems; a pasted cell is selected; a date-order problem brings up the Date format', async () => {
    let prepares = 0;
    const { user, callsTo } = await openImport({
      prepareImport: () => Promise.resolve(prepares++ === 0 ? IMPORT_PROBLEM_ANSWER : sampleImportPreview()),
    });
    expect(screen.queryByRole('radiogroup', { name: 'Date format' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Import pasted range' }));
    const problems = await screen.findByRole('region', { name: 'Nothing was imported' });
    expect(within(problems).getByText(/^2 problems\./)).toBeTruthy();
    expect(within(problems).getByText('… and 12 more problems like these')).toBeTruthy();
    await user.click(within(problems).getByRole('button', { name: 'Export!D7, Cost "abc" is not a number' }));
    expect(callsTo('select').map((c) => c.args[0])).toEqual([
      { sheet: 'Export', row: 7, column: 4, a1: 'Export!D7' },
    ]);

    await user.click(screen.getByRole('radio', { name: 'DMY (day first)' }));
    await user.click(screen.getByRole('button', { name: 'Import pasted range' }));
    await screen.findByRole('heading', { name: 'Review the import' });
    expect(requestOf(callsTo('prepareImport')[1]).dateFormat).toBe('DMY');
    expect(screen.getByRole('radiogroup', { name: 'Date format' })).toBeTruthy(); // stays once asked
  });

  it('keeps every button that starts work disabled while an export is read', async () => {
    const reading = deferred<ImportPreview>();
    const { user } = await openImport({ prepareImport: () => reading.promise });
    await user.click(screen.getByRole('button', { name: 'Import pasted range' }));
    expect(await screen.findByText('Reading the pasted range…', { selector: 'label' })).toBeTruthy();
    for (const name of ['Import export…', 'Import pasted range'])
      expect(isDisabled(screen.getByRole('button', { name }))).toBe(true);
    await user.click(screen.getByRole('tab', { name: 'Track' }));
    expect(isDisabled(screen.getByRole('button', { name: 'Run checks' }))).toBe(true);
  });
});

describe('the Import tab when something fails', () => {
  it('shows a failed prepare’s message and returns to what it showed', async () => {
    const { user } = await openImport({
      prepareImport: () =>
        Promise.reject(new Error('Select the pasted export first (one cell is selected).')),
    });
    await user.click(screen.getByRole('button', { name: 'Import pasted range' }));
    expect(await screen.findByText('Select the pasted export first (one cell is selected).')).toBeTruthy();
    expect(isDisabled(screen.getByRole('button', { name: 'Import pasted range' }))).toBe(false);
  });

  it('keeps the preview after a failed commit, so Import can be pressed again', async () => {
    let commits = 0;
    const { user, callsTo } = await openImport({
      commitImport: (preview) =>
        commits++ === 0
          ? Promise.reject({ code: 'InvalidOperationInCellEditMode', message: 'Excel is editing a cell.' })
          : Promise.resolve(sampleImportCommitted(preview)),
    });
    await user.click(screen.getByRole('button', { name: 'Import pasted range' }));
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Excel is editing a cell.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByRole('heading', { name: 'Imported' });
    expect(callsTo('commitImport')).toHaveLength(2);
  });

  it('shows why a picked file could not be read', async () => {
    const { user, callsTo } = await openImport();
    const file = new File(['x'], 'locked.csv');
    Object.defineProperty(file, 'arrayBuffer', {
      value: () => Promise.reject(new Error('The file could not be read: it is open in another program.')),
    });
    await user.upload(screen.getByLabelText('Export file'), file);
    expect(
      await screen.findByText('The file could not be read: it is open in another program.'),
    ).toBeTruthy();
    expect(callsTo('prepareImport')).toHaveLength(0);
  });
});
