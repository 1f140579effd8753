import type { Instant } from '../../engine/model/primitives';
import { parseIsoInstant } from '../../engine/time/iso';
import { describeIssues } from '../../workbook/describe/describe-issues';
import { sheetsByCampaign } from '../../workbook/plan/plan-sheets';
import { prepareTrack, type PreparedTrack } from '../../workbook/run/prepare-track';
import type {
  InputProblems,
  RunCommitted,
  RunPreview,
  RunProgress,
  RunRequest,
  StalePreview,
} from '../operator-actions';
import type { WritePlan } from '../../workbook/plan/write-plan';
import type { ActionContext } from './action-context';
import { IdTape } from './id-tape';
import { runPreview, samePreview } from './run-preview';

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
 * ribbon. Keeps each preview's run so the commit can replay it.
 *
 * @example
 * const runs = new RunTrackActions({ host, now: Date.now, newId: () => crypto.randomUUID() });
 * const preview = await runs.prepareRun({ campaignIds: null }, setProgress);
 */
export class RunTrackActions {
  private readonly prepared = new Map<string, Prepared>();

  constructor(private readonly context: ActionContext) {}

  async prepareRun(request: RunRequest, onProgress: Progress): Promise<RunPreview | InputProblems> {
    const runId = this.context.newId();
    const run = await this.run(runId, null, request.campaignIds, [], onProgress);
    if (run.kind === 'input_problems') return run;
    onProgress({ step: 'done', fraction: FRACTIONS.done });
    return run.preview;
  }

  async commitRun(
    preview: RunPreview,
    onProgress: Progress,
  ): Promise<RunCommitted | StalePreview | InputProblems> {
    const known = this.prepared.get(preview.runId);
    const asOf = known?.asOf ?? parseIsoInstant(preview.asOf);
    const campaignIds = known?.campaignIds ?? preview.campaigns.map((c) => c.campaignId);
    const run = await this.run(preview.runId, asOf, campaignIds, known?.ids ?? [], onProgress);
    if (run.kind === 'input_problems') return run;
    if (!samePreview(preview, run.preview)) return { kind: 'stale', preview: run.preview };
    const { prepared } = run;
    onProgress({ step: 'writing', fraction: FRACTIONS.writing });
    await this.context.host.apply(prepared.plan, (written, total) =>
      onProgress({ step: 'writing', fraction: FRACTIONS.writing + (0.35 * written) / total }),
    );
    if (writesLogs(prepared.plan)) await this.context.ledger?.record(preview.runId);
    this.prepared.delete(preview.runId);
    onProgress({ step: 'done', fraction: FRACTIONS.done });
    const ids = prepared.result.campaigns.map((c) => c.campaignId);
    const { campaignSheets } = sheetsByCampaign(prepared.plan, ids);
    return {
      kind: 'committed',
      preview: run.preview,
      sheets: ids.map((campaignId) => {
        const [report = '', feedback = ''] = campaignSheets.get(campaignId) ?? [];
        return { campaignId, report, feedback };
      }),
    };
  }

  private async run(
    runId: string,
    asOf: Instant | null,
    campaignIds: readonly string[] | null,
    replay: readonly string[],
    onProgress: Progress,
  ): Promise<
    { kind: 'ok'; preview: RunPreview; prepared: Extract<PreparedTrack, { ok: true }> } | InputProblems
  > {
    onProgress({ step: 'reading', fraction: FRACTIONS.reading });
    const ids = new IdTape(this.context.newId, replay);
    const prepared = await prepareTrack(this.context.host, {
      asOf,
      now: this.context.now,
      runId,
      newId: ids.next,
      ...(campaignIds === null ? {} : { campaignIds }),
      onStep: (step) => onProgress({ step, fraction: FRACTIONS[step] }),
    });
    if (!prepared.ok) {
      const issues = describeIssues([...prepared.issues, ...prepared.warnings], prepared.sourceMap);
      return { kind: 'input_problems', issues };
    }
    const { result, read } = prepared;
    const preview = runPreview({
      result,
      input: read.input,
      sourceMap: read.sourceMap,
      warnings: prepared.warnings,
    });
    this.prepared.set(runId, { asOf: result.asOf, campaignIds, ids: ids.used });
    return { kind: 'ok', preview, prepared };
  }
}
