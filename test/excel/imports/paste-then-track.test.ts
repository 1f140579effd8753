/// <reference types="office-js" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TRACKED_FIXTURES } from '../../imports/tracked-fixtures';
import { exportCells, exportText, pasteCells } from '../../support/paste-export';
import {
  cellsOf,
  FIXTURES,
  importWorkbookBytes,
  paneWorkbook,
  previewOf,
  selectionRequest,
} from './import-workbooks';

const quiet = () => undefined;

let workbook: Uint8Array;
beforeAll(async () => {
  workbook = await importWorkbookBytes();
});

describe('the task pane: an export pasted into a sheet (as Excel reads it), imported, then Run checks', () => {
  it.each(TRACKED_FIXTURES.map((f) => [f.fixture, f] as const))('%s', async (fixture, expected) => {
    const pane = await paneWorkbook(workbook);
    try {
      const cells = exportCells(
        exportText(new Uint8Array(readFileSync(join(FIXTURES, fixture)))),
        expected.delimiter,
      );
      await pasteCells(pane.fake, 'Export', { row: 1, column: 1 }, cells);

      const preview = await previewOf(pane, selectionRequest());
      expect(preview.counts).toMatchObject({ added: expected.rows, replaced: 0, skipped: 0 });
      expect(preview.review.rows).toBe(expected.rows);
      await expect(pane.actions.commitImport(preview)).resolves.toMatchObject({
        kind: 'committed',
        written: true,
      });
      const written = cellsOf(await pane.channelMetrics());

      const run = await pane.actions.prepareRun({ campaignIds: ['C-1'] }, quiet);
      if (run.kind !== 'preview') throw new Error(JSON.stringify(run));
      const [campaign] = run.campaigns;
      expect(campaign?.feedback.metrics).toMatchObject(expected.metrics);
      expect(campaign?.report.data_gaps).toEqual(expected.gaps);

      // Importing the same paste again changes nothing.
      const again = await previewOf(pane, selectionRequest());
      expect(again.counts).toMatchObject({ added: 0, replaced: expected.rows, skipped: 0 });
      await pane.actions.commitImport(again);
      expect(cellsOf(await pane.channelMetrics())).toEqual(written);
    } finally {
      pane.fake.uninstall();
    }
  });
});
