/// <reference types="office-js" />
import { readFileSync } from 'node:fs';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PackageHost } from '../../../src/cli/package/package-host';
import { reopen } from '../../cli/helpers/xlsx-package';
import { createOfficeActions } from '../../../src/excel/create-office-actions';
import type { ImportPreview, ImportRequest } from '../../../src/excel/operator-actions';
import { OfficeWorkbookHost } from '../../../src/excel/host/office-workbook-host';
import { counterIds } from '../../../src/engine/testing/counter-ids';
import type { RawTable } from '../../../src/workbook/host';
import { goodWorkbookSpecs, workbookOf } from '../../cli/helpers/good-workbook';
import { runCli, workspaceWith } from '../../cli/helpers/workspace';
import { installFakeOffice, type FakeExcel } from '../../support/fake-excel';
import { fromExcelJs } from '../../support/fake-excel/exceljs-bridge';
import { instantRetry } from '../../support/office-host-kit';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'imports');

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/**
 * The CLI tests' good workbook (campaign C-1 in USD, two ChannelMetrics rows) with two more
 * campaigns, C-EUR and C-BRL, for the exports in euros and reais, as `.xlsx` bytes; `without` a sheet.
 */
export async function importWorkbookBytes(without?: string): Promise<Uint8Array> {
  const specs = goodWorkbookSpecs()
    .filter((s) => s.name !== without)
    .map((s) =>
      s.name !== 'Campaigns'
        ? s
        : {
            ...s,
            rows: [
              ...s.rows,
              [
                'C-EUR',
                'M-1',
                'Euro launch',
                'active',
                10000,
                null,
                day(2026, 11, 1),
                day(2026, 11, 30),
                'EUR',
              ],
              [
                'C-BRL',
                'M-1',
                'Brazil launch',
                'active',
                10000,
                null,
                day(2026, 11, 1),
                day(2026, 11, 30),
                'BRL',
              ],
            ],
          },
    );
  return workbookOf(specs);
}

const CHANNEL_METRICS = [{ source: { kind: 'table', name: 'ChannelMetrics' } }] as const;

async function channelMetricsOf(bytes: Uint8Array): Promise<RawTable> {
  const host = PackageHost.open(bytes);
  const [table] = await host.read(CHANNEL_METRICS);
  if (table === undefined) throw new Error('no ChannelMetrics');
  return table;
}

/** `campaign-operator import <fixture> --into plan.xlsx --campaign <id>`, in-process, and ChannelMetrics after. */
export async function cliImport(
  workbook: Uint8Array,
  fixture: string,
  campaign: string,
  ...more: string[]
): Promise<{ code: number; stdout: string; stderr: string; table: RawTable }> {
  const { dir, file } = await workspaceWith('plan.xlsx', workbook);
  await copyFile(join(FIXTURES, fixture), join(dir, fixture));
  const run = await runCli(dir, 'import', fixture, '--into', 'plan.xlsx', '--campaign', campaign, ...more);
  return { ...run, table: await channelMetricsOf(await readFile(file)) };
}

/** The same workbook in the fake Excel, with an empty sheet `Export` to paste into, and the task pane's actions. */
export async function paneWorkbook(workbook: Uint8Array): Promise<{
  fake: FakeExcel;
  host: OfficeWorkbookHost;
  actions: ReturnType<typeof createOfficeActions>;
  channelMetrics: () => Promise<RawTable>;
}> {
  const description = fromExcelJs(await reopen(workbook));
  const fake = installFakeOffice(globalThis, {
    workbook: { ...description, sheets: [...description.sheets, { name: 'Export' }] },
  });
  const host = new OfficeWorkbookHost({ retry: instantRetry() });
  const actions = createOfficeActions({ host, newId: counterIds(), now: () => Date.UTC(2026, 10, 24, 12) });
  const channelMetrics = async () => {
    const [table] = await host.read(CHANNEL_METRICS);
    if (table === undefined) throw new Error('no ChannelMetrics');
    return table;
  };
  return { fake, host, actions, channelMetrics };
}

/** A table's header and rows, for comparing what two hosts wrote. */
export const cellsOf = (t: RawTable) => ({ header: t.header, rows: t.rows });

export type Pane = Awaited<ReturnType<typeof paneWorkbook>>;

/** Import export of a fixture into C-1, replacing, with `more` choices. */
export const fileRequest = (fixture: string, more: Partial<ImportRequest> = {}): ImportRequest => ({
  source: { kind: 'file', name: fixture, bytes: new Uint8Array(readFileSync(join(FIXTURES, fixture))) },
  campaignId: 'C-1',
  mode: 'replace',
  ...more,
});

/** Import pasted range into C-1, replacing, with `more` choices. */
export const selectionRequest = (more: Partial<ImportRequest> = {}): ImportRequest => ({
  source: { kind: 'selection' },
  campaignId: 'C-1',
  mode: 'replace',
  ...more,
});

/** The preview of a request that must succeed. */
export async function previewOf(pane: Pane, request: ImportRequest): Promise<ImportPreview> {
  const p = await pane.actions.prepareImport(request);
  if (p.kind !== 'preview') throw new Error(JSON.stringify(p));
  return p;
}

/** Whether any sync since the log was reset wrote: the host suspends calculation in every batch it writes. */
export const wroteAny = (pane: Pane): boolean => pane.fake.syncs.some((s) => s.calculationSuspended);
