/// <reference types="office-js" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderImportIssue } from '../../../src/engine/messages/render-import-issue';
import { renderImportReview } from '../../../src/engine/messages/render-import-review';
import type { ImportPreview, ImportProblems } from '../../../src/excel/operator-actions';
import { importFixture } from '../../imports/read-fixture';
import { exportCells, exportText, pasteCells } from '../../support/paste-export';
import { cellsOf, cliImport, FIXTURES, importWorkbookBytes, paneWorkbook } from './import-workbooks';

/**
 * What a plain paste into an English (en-US) Excel gives, as the pane sees it: `same` rows (or the
 * same refusal) as the CLI; refused because Excel read some figures or dates and not others (an
 * export in another locale); `excel_order`: Excel read every slash date month-first itself; or
 * `excel_names`: the same figures, but Excel evaluated formula-like campaign names while pasting
 * (`-2+3` became 1, `=HYPERLINK(…)` an error), so their Ad Campaign is what Excel left.
 */
type Typed = 'same' | 'pasted_number_format' | 'pasted_date_order' | 'excel_order' | 'excel_names';

const CASES: ReadonlyArray<[fixture: string, delimiter: string, campaign: string, typed: Typed]> = [
  ['ga4-google-ads-campaigns.csv', ',', 'C-1', 'same'],
  ['ga4-traffic-only.csv', ',', 'C-1', 'same'],
  ['generic-semicolon-bom.csv', ';', 'C-1', 'pasted_number_format'],
  ['google-ads-de.csv', ',', 'C-EUR', 'pasted_number_format'],
  ['google-ads-display-blank.csv', ',', 'C-1', 'same'],
  ['google-ads-en.utf16le.tsv', '\t', 'C-1', 'same'],
  ['google-ads-fr.csv', ';', 'C-EUR', 'pasted_number_format'],
  ['google-ads-pt-BR.csv', ';', 'C-BRL', 'pasted_number_format'],
  ['hostile-cells.csv', ',', 'C-1', 'excel_names'],
  ['linkedin-ambiguous-dates.csv', ',', 'C-EUR', 'excel_order'],
  ['linkedin-campaigns.utf16le.tsv', '\t', 'C-EUR', 'pasted_date_order'],
  ['linkedin-several-campaigns.utf16le.tsv', '\t', 'C-1', 'same'],
  ['meta-ads-day-range.csv', ',', 'C-1', 'same'],
  ['meta-ads-de.csv', ',', 'C-EUR', 'pasted_number_format'],
  ['meta-ads-en.csv', ',', 'C-1', 'excel_names'],
  ['meta-ads-en.utf16be.csv', ',', 'C-1', 'same'],
  ['meta-ads-es.csv', ',', 'C-EUR', 'pasted_number_format'],
  ['meta-ads-fr.csv', ';', 'C-EUR', 'pasted_number_format'],
  ['meta-ads-pt-BR.csv', ',', 'C-BRL', 'pasted_number_format'],
  ['microsoft-ads-api.csv', ',', 'C-1', 'same'],
  ['microsoft-ads-ui.csv', ',', 'C-1', 'same'],
  ['tiktok-ads.csv', ',', 'C-1', 'same'],
  ['x-ads.csv', ',', 'C-1', 'same'],
];

const CURRENCY: Readonly<Record<string, string>> = { 'C-1': 'USD', 'C-EUR': 'EUR', 'C-BRL': 'BRL' };

let workbook: Uint8Array;
beforeAll(async () => {
  workbook = await importWorkbookBytes();
});

/** Pastes the fixture at Export!B3, selects it, prepares and (when it can) commits the import. */
async function paneImport(fixture: string, delimiter: string, campaign: string, asText: boolean) {
  const pane = await paneWorkbook(workbook);
  try {
    const cells = exportCells(exportText(new Uint8Array(readFileSync(join(FIXTURES, fixture)))), delimiter);
    const address = await pasteCells(pane.fake, 'Export', { row: 3, column: 2 }, cells, asText);
    const before = pane.fake.describe();
    const prepared = await pane.actions.prepareImport({
      source: { kind: 'selection' },
      campaignId: campaign,
      mode: 'replace',
    });
    if (prepared.kind === 'import_problems') {
      expect(pane.fake.describe()).toEqual(before);
      return { address, prepared, table: cellsOf(await pane.channelMetrics()) };
    }
    const committed = await pane.actions.commitImport(prepared);
    expect(committed).toMatchObject({ kind: 'committed', written: true });
    // Text from the export (`=HYPERLINK(…)`, `@SUM(1+1)` in a channel) is written as text, never a formula.
    const written = pane.fake.describe().sheets.find((x) => x.name === 'ChannelMetrics');
    const all = [...(written?.rows ?? []).flat(), ...Object.values(written?.cells ?? {})];
    expect(all.filter((c) => typeof c === 'object' && c !== null && 'formula' in c)).toEqual([]);
    return { address, prepared, table: cellsOf(await pane.channelMetrics()) };
  } finally {
    pane.fake.uninstall();
  }
}

/** The CLI's result, and the issues the export has read as a file (for the same options). */
async function cliResult(fixture: string, campaign: string) {
  const cli = await cliImport(workbook, fixture, campaign);
  const file = importFixture(fixture, {
    campaignId: campaign,
    campaignCurrency: CURRENCY[campaign] ?? 'USD',
  });
  return { ...cli, fileIssues: file.ok ? [] : file.issues };
}

function expectSame(
  pane: { prepared: ImportPreview | ImportProblems; table: unknown },
  cli: Awaited<ReturnType<typeof cliResult>>,
) {
  if (cli.code === 0) {
    expect(pane.prepared.kind).toBe('preview');
    expect(pane.table).toEqual(cellsOf(cli.table));
    // The same summary and review as the CLI printed, line for line.
    const printed = cli.stdout.split('\n').filter((l) => l !== '' && !l.startsWith('Wrote '));
    const shown =
      pane.prepared.kind === 'preview'
        ? [...pane.prepared.summary, ...renderImportReview(pane.prepared.review, pane.prepared.currency)]
        : [];
    expect(shown).toEqual(printed);
  } else {
    // Refused in both: the same problems (the CLI prints each after the file's name).
    expect(cli.code).toBe(1);
    expect(pane.prepared.kind === 'import_problems' && pane.prepared.problems.map((p) => p.code)).toEqual(
      cli.fileIssues.map((i) => i.code),
    );
    for (const issue of cli.fileIssues) expect(cli.stderr).toContain(renderImportIssue(issue));
    expect(pane.table).toEqual(cellsOf(cli.table));
  }
}

describe('every fixture pasted into cells formatted as Text: the rows the CLI writes', () => {
  it.each(CASES)('%s', async (fixture, delimiter, campaign) => {
    const cli = await cliResult(fixture, campaign);
    expectSame(await paneImport(fixture, delimiter, campaign, true), cli);
  });
});

describe('every fixture pasted as Excel (en-US) reads it: the CLI’s rows, or refused, never other figures', () => {
  it.each(CASES)('%s: %s', async (fixture, delimiter, campaign, typed) => {
    const cli = await cliResult(fixture, campaign);
    const pane = await paneImport(fixture, delimiter, campaign, false);
    if (typed === 'same') return expectSame(pane, cli);
    if (typed === 'excel_names') {
      // Every figure as the CLI wrote it; only the formula-like names differ, as Excel made them.
      const formulaLike = (v: unknown) => typeof v === 'string' && /^[=+\-@]/.test(v);
      const column = cli.table.header.indexOf('Ad Campaign');
      const cliRows = cli.table.rows;
      expect(column).toBeGreaterThan(-1);
      expect(pane.table.header).toEqual(cli.table.header);
      expect(pane.table.rows).toHaveLength(cliRows.length);
      pane.table.rows.forEach((row, r) => {
        const cliRow = cliRows[r] ?? [];
        const same = (cells: readonly unknown[]) => cells.filter((_, c) => c !== column);
        expect(same(row)).toEqual(same(cliRow));
        if (!formulaLike(cliRow[column])) expect(row[column]).toEqual(cliRow[column]);
      });
      expect(cliRows.some((row) => formulaLike(row[column]))).toBe(true);
      return;
    }
    if (typed === 'excel_order') {
      // Excel read "03/05/2025" and "04/05/2025" month-first while pasting; the CLI asks.
      expect(cli.fileIssues.map((i) => i.code)).toEqual(['ambiguous_dates']);
      const dates = pane.table.rows.slice(2).map((r) => r[2]);
      expect(dates).toEqual([45721, 45752]); // 2025-03-05 and 2025-04-05
      return;
    }
    expect(pane.prepared).toMatchObject({ kind: 'import_problems', problems: [{ code: typed }] });
    // Nothing written (paneImport also checks the whole workbook is unchanged): the two rows it had.
    expect(pane.table.rows).toHaveLength(2);
  });
});
