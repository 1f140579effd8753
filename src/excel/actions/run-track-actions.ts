import type { Instant } from '../../engine/model/primitives';
import { parseIsoInstant } from '../../engine/time/iso';
import type { WritePlan } from '../../workbook/plan/write-plan';
import { readSources } from '../../workbook/read/read-workbook';
import type {
  InputProblems,
  RunCommitted,
  RunPreview,
  RunProgress,
  RunRequest,
  StalePreview,
} from '../operator-actions';
import type { ActionContext } from './action-context';
import { inPlace, type RunComputer } from './compute-run';
import { samePreview } from './run-preview';

type Progress = (progress: RunProgress) => void;

/** What a preview needs to be run again the same way. */
interface Prepared {
  readonly asOf: Instant;
  readonly campaignIds: readonly string[] | null;
  readonly ids: readonly string[];
}

/** Whether a plan writes log rows (a run with nothing to log leaves no trace for Revert to find). */
const writesLogs = (plan: WritePlan): boolean =>
  plan.ops.some((op) => op.kind === 'appendRows' || op.kind === 'createTable');

const FRACTIONS = { reading: 0, checking: 0.25, computing: 0.5, writing: 0.6, done: 1 } as const;

/**
 * Prepare (read, track, plan; nothing written) and commit (run again with the same report time,
 * run id and ids; write only when the result is still the preview's) for the task pane and the
 * ribbon. Keeps each preview's run so the commit can replay it. The reading is the host's; the heavy
 * part — the model, the engine, the plan — runs where `context.compute` says (the task pane's Web
 * Worker), in place by default.
 *
 * @example
 * const runs = new RunTrackActions({ host, now: Date.now, newId: () => crypto.randomUUID() });
 * const preview = await runs.prepareRun({ campaignIds: null }, setProgress);
 */
export class RunTrackActions {
  private readonly prepared = new Map<string, Prepared>();
  private readonly compute: RunComputer;

  constructor(private readonly context: ActionContext) {
    this.compute = context.compute ?? inPlace(context.newId);
  }

  async prepareRun(
    request: RunRequest,
    onProgress: Progress,
    signal?: AbortSignal,
  ): Promise<RunPreview | InputProblems> {
    const runId = this.context.newId();
    const run = await this.run(runId, null, request.campaignIds, [], onProgress, signal);
    if (run.kind === 'input_problems') return run;
    onProgress({ step: 'done', fraction: FRACTIONS.done });
    return run.preview;
  }

  async commitRun(
    preview: RunPreview,
    onProgress: Progress,
    signal?: AbortSignal,
  ): Promise<RunCommitted | StalePreview | InputProblems> {
    const known = this.prepared.get(preview.runId);
    const asOf = known?.asOf ?? parseIsoInstant(preview.asOf);
    const campaignIds = known?.campaignIds ?? preview.campaigns.map((c) => c.campaignId);
    const run = await this.run(preview.runId, asOf, campaignIds, known?.ids ?? [], onProgress, signal);
    if (run.kind === 'input_problems') return run;
    if (!samePreview(preview, run.preview)) return { kind: 'stale', preview: run.preview };
    // The last moment to stop: from here on the workbook is written.
    signal?.throwIfAborted();
    onProgress({ step: 'writing', fraction: FRACTIONS.writing });
    await this.context.host.apply(run.plan, (written, total) =>
      onProgress({ step: 'writing', fraction: FRACTIONS.writing + (0.35 * written) / total }),
    );
    if (writesLogs(run.plan)) await this.context.ledger?.record(preview.runId);
    this.prepared.delete(preview.runId);
    onProgress({ step: 'done', fraction: FRACTIONS.done });
    return { kind: 'committed', preview: run.preview, sheets: run.preview.sheets.campaigns };
  }

  private async run(
    runId: string,
    asOf: Instant | null,
    campaignIds: readonly string[] | null,
    replay: readonly string[],
    onProgress: Progress,
    signal?: AbortSignal,
  ): Promise<{ kind: 'ok'; preview: RunPreview; plan: WritePlan } | InputProblems> {
    signal?.throwIfAborted();
    onProgress({ step: 'reading', fraction: FRACTIONS.reading });
    const sources = await readSources(this.context.host);
    signal?.throwIfAborted();
    const job = { sources, asOf, now: this.context.now(), runId, campaignIds, replayIds: replay };
    const computed = await this.compute(
      job,
      (step) => onProgress({ step, fraction: FRACTIONS[step] }),
      signal,
    );
    signal?.throwIfAborted();
    if (computed.kind === 'input_problems') return computed;
    this.prepared.set(runId, { asOf: computed.asOf, campaignIds, ids: computed.usedIds });
    return { kind: 'ok', preview: computed.preview, plan: computed.plan };
  }
}
