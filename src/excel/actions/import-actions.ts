/// <reference types="office-js" />
import { isKnownCurrency } from '../../engine/money/currency';
import {
  prepareImport,
  replanImport,
  type ExportReader,
  type ImportChoices,
  type PlannedImport,
} from '../../imports/flow/prepare-import';
import { OperatorError } from '../office-error';
import { importExpiredMessage, importRequestMessage, selectionMessage } from '../office-messages';
import type {
  ImportActions,
  ImportCommitted,
  ImportPreview,
  ImportProblems,
  ImportRequest,
  StaleImport,
} from '../operator-actions';
import type { ActionContext } from './action-context';
import { importPreview, importProblems, pastedCell, type ExportPlace } from './import-view';
import { parseExport, type ParseJob } from './parse-export';
import { locateInExport } from '../../imports/xlsx/xlsx-export';
import { readSelection } from './read-selection';

/** What a preview needs to be written later: the rows read, and where they came from. */
interface Prepared {
  readonly planned: PlannedImport;
  readonly source: ImportPreview['source'];
  readonly place: ExportPlace;
}

/** Previews kept for a commit; older ones are forgotten (committing one asks to prepare again). */
const KEPT_PREVIEWS = 8;

const refused = (code: 'selection' | 'request', text: string): ImportProblems => ({
  kind: 'import_problems',
  problems: [{ code, text, address: null }],
});

/** The request's choices, trimmed, or why they cannot be used. */
function choicesOf(request: ImportRequest): ImportChoices | ImportProblems {
  const campaignId = request.campaignId.trim();
  if (campaignId === '') return refused('request', importRequestMessage({ code: 'campaign' }));
  const channel = request.channel?.trim() ?? '';
  const currency = request.currency?.trim().toUpperCase() ?? '';
  if (currency !== '' && !isKnownCurrency(currency))
    return refused('request', importRequestMessage({ code: 'currency', value: request.currency ?? '' }));
  return {
    campaignId,
    mode: request.mode,
    ...(channel === '' ? {} : { channel }),
    ...(request.dateFormat === undefined ? {} : { dateFormat: request.dateFormat }),
    ...(currency === '' ? {} : { currency }),
  };
}

/**
 * **Import export** and **Import pasted range**: prepare (read the export, read the campaign and
 * ChannelMetrics, plan; nothing written) and commit (plan the same rows again into the workbook as it
 * is now; write only when the preview still holds). The rows read are kept per preview for the commit.
 *
 * @example
 * const imports = new OfficeImportActions({ host, now: Date.now, newId: () => crypto.randomUUID() });
 * const preview = await imports.prepareImport({ source: { kind: 'selection' }, campaignId: 'C1', mode: 'replace' });
 */
export class OfficeImportActions implements ImportActions {
  private readonly prepared = new Map<string, Prepared>();

  constructor(private readonly context: ActionContext) {}

  async prepareImport(request: ImportRequest): Promise<ImportPreview | ImportProblems> {
    const choices = choicesOf(request);
    if ('kind' in choices) return choices;
    let read: ExportReader;
    let place: ExportPlace;
    let source: ImportPreview['source'];
    if (request.source.kind === 'file') {
      const { name, bytes } = request.source;
      read = async (options) => {
        const { parsed, place } = await this.parse({ kind: 'file', bytes, options });
        return { parsed, locate: locateInExport(place) };
      };
      place = { kind: 'file', name };
      source = { kind: 'file', name };
    } else {
      const date1904 = this.context.host.knownDateSystem1904();
      const selection = await readSelection(
        this.context.host.run,
        date1904 === undefined ? {} : { date1904 },
      );
      if (selection.kind !== 'cells') return refused('selection', selectionMessage(selection.kind));
      const at = {
        kind: 'selection',
        sheet: selection.sheet,
        row: selection.row,
        column: selection.column,
      } as const;
      read = async (options) => ({
        parsed: (await this.parse({ kind: 'cells', cells: selection.cells, options })).parsed,
        locate: (line, column) => pastedCell(at, line, column).a1,
      });
      place = at;
      source = { kind: 'selection', address: selection.address };
    }
    const planned = await prepareImport(this.context.host, read, choices);
    if (!planned.ok) return importProblems(planned, place);
    const importId = this.context.newId();
    this.keep(importId, { planned, source, place });
    return importPreview(importId, source, planned);
  }

  async commitImport(preview: ImportPreview): Promise<ImportCommitted | StaleImport | ImportProblems> {
    const known = this.prepared.get(preview.importId);
    if (known === undefined) throw new OperatorError('ImportExpired', importExpiredMessage());
    const again = await replanImport(this.context.host, known.planned);
    if (!again.ok) return importProblems(again, known.place);
    const fresh = importPreview(preview.importId, known.source, again);
    if (JSON.stringify(fresh) !== JSON.stringify(preview)) {
      this.keep(preview.importId, { ...known, planned: again });
      return { kind: 'stale', preview: fresh };
    }
    const written = again.plan.ops.length > 0;
    if (written) await this.context.host.apply(again.plan);
    this.prepared.delete(preview.importId);
    return { kind: 'committed', preview: fresh, written };
  }

  /** The export parsed where `context.parse` says (the task pane's Web Worker), else in place. */
  private async parse(job: ParseJob) {
    return (await this.context.parse?.(job)) ?? parseExport(job);
  }

  private keep(importId: string, prepared: Prepared): void {
    this.prepared.delete(importId);
    this.prepared.set(importId, prepared);
    for (const oldest of this.prepared.keys()) {
      if (this.prepared.size <= KEPT_PREVIEWS) break;
      this.prepared.delete(oldest);
    }
  }
}
