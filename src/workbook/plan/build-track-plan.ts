import type { TrackingInput } from '../../engine/model/tracking-input';
import type { TrackResult } from '../../engine/track-types';
import { localDateOf } from '../../engine/time/zoned';
import type { LocalDate } from '../../engine/model/primitives';
import type { Inventory, RawTable } from '../host';
import type { CampaignHistoryRow } from '../tables/log-contracts';
import type { SourceMap, TableLocation } from '../source-map';
import { feedbackSheetOp } from './feedback-sheet';
import { logOp } from './log-op';
import { campaignHistoryBlock, learningsBlock, rejectedUpdatesByCampaign, taskLogBlock } from './log-rows';
import { portfolioSheetBase, portfolioSheetOp } from './portfolio-sheet';
import { reportSheetOp } from './report-sheet';
import { sameDayPortfolios, sameDaySheets } from './same-day-sheets';
import { SheetNames, sheetKey } from './sheet-names';
import { taskWriteBackOp } from './task-write-back';
import { updateWriteBackOp } from './update-write-back';
import type { PlanOp, WritePlan } from './write-plan';

export interface TrackPlanArgs {
  readonly result: TrackResult;
  readonly input: TrackingInput;
  readonly sourceMap: SourceMap;
  readonly inventory: Inventory;
  /** Settings Time Zone: date-times are written as this zone's wall-clock time. */
  readonly timeZone: string;
  /**
   * Campaign History as the workbook holds it: a campaign's Report and CMO Feedback sheets that an
   * earlier run wrote the same day are replaced rather than added again as ` (2)`. Without it, every
   * sheet is new.
   */
  readonly history?: readonly CampaignHistoryRow[];
  /**
   * The sheets named like a Portfolio sheet, as read (`portfolioSheetRequests`): a run over several
   * campaigns replaces the one the run it replaces wrote (its Run ID cell says which). Without it,
   * the Portfolio sheet is always new.
   */
  readonly portfolios?: readonly RawTable[];
}

function located(sourceMap: SourceMap, key: string, needed: boolean): TableLocation | null {
  const location = sourceMap[key];
  if (location === undefined && needed) throw new Error(`the SourceMap has no ${key} table to write to`);
  return location ?? null;
}

/**
 * Everything one run writes: the Tasks tracking cells that changed, Applied At/Outcome of the
 * processed TaskUpdates rows, the Task Log, Campaign History and Learnings rows, a Report and a CMO
 * Feedback sheet per tracked campaign — replacing the campaign's sheets of an earlier run the same
 * day (`history`) — and a Portfolio sheet when the run tracks several campaigns, replacing the one
 * of the run it replaces (`portfolios`). Nothing else in the input sheets is touched.
 *
 * @example
 * const plan = buildTrackPlan({ result, input, sourceMap, inventory, timeZone: 'Europe/Paris' });
 * plan.newSheets // ['Task Log', 'Report CMP-1 2026-11-24', 'CMO Feedback CMP-1 2026-11-24', …]
 */
export function buildTrackPlan(args: TrackPlanArgs): WritePlan {
  const { result, input, sourceMap, inventory, timeZone } = args;
  const ops: PlanOp[] = [];
  const push = (op: PlanOp | null) => {
    if (op !== null) ops.push(op);
  };

  const tasks = located(sourceMap, 'tasks', result.changedTaskIndexes.length > 0);
  if (tasks !== null) push(taskWriteBackOp(result, input, tasks, timeZone));
  const updates = located(sourceMap, 'taskUpdates', result.updateOutcomes.length > 0);
  if (updates !== null) push(updateWriteBackOp(result, input, updates, timeZone));

  const date = localDateOf(result.asOf, timeZone);
  const replaced = sameDayReplaced(args, date);
  const portfoliosReplaced =
    result.campaigns.length > 1
      ? sameDayPortfolios({
          history: args.history ?? [],
          replaced: [...replaced],
          portfolios: args.portfolios ?? [],
          date,
        })
      : [];
  const freed = new Set([...replaced, ...portfoliosReplaced]);
  const names = new SheetNames(inventory.sheets.filter((sheet) => !freed.has(sheet)));
  const sheets = result.campaigns.map((c) => ({
    campaign: c,
    report: names.dated('Report', c.campaignId, date),
    feedback: names.dated('CMO Feedback', c.campaignId, date),
  }));

  const tableNames = inventory.tables.map((t) => t.name);
  const rejected = rejectedUpdatesByCampaign(result, input, sourceMap);
  const records = new Map(
    sheets.map((s) => [
      s.campaign.campaignId,
      { report: s.report, feedback: s.feedback, rejectedUpdates: rejected.get(s.campaign.campaignId) ?? [] },
    ]),
  );
  push(logOp(taskLogBlock(result, input, sourceMap, timeZone), sourceMap['taskLog'], names, tableNames));
  push(
    logOp(campaignHistoryBlock(result, records, timeZone), sourceMap['campaignHistory'], names, tableNames),
  );
  push(logOp(learningsBlock(result, timeZone), sourceMap['learnings'], names, tableNames));

  const threshold = input.settings.performanceThresholdPct;
  const replacing = (name: string) => [...replaced].find((sheet) => sheetKey(sheet) === sheetKey(name));
  for (const s of sheets) {
    const { report, feedback } = s.campaign;
    for (const name of [s.report, s.feedback]) {
      const old = replacing(name);
      if (old !== undefined) ops.push({ kind: 'deleteSheet', name: old });
    }
    ops.push(reportSheetOp({ name: s.report, report, timeZone, performanceThresholdPct: threshold }));
    ops.push(feedbackSheetOp({ name: s.feedback, feedback, report, timeZone }));
  }
  if (result.campaigns.length > 1) {
    for (const name of portfoliosReplaced) ops.push({ kind: 'deleteSheet', name });
    ops.push(
      portfolioSheetOp({
        name: names.plain(portfolioSheetBase(date)),
        campaigns: result.campaigns,
        timeZone,
        performanceThresholdPct: threshold,
      }),
    );
  }

  const newSheets = ops.flatMap((op) =>
    op.kind === 'createTable' ? [op.sheet] : op.kind === 'addSheet' ? [op.name] : [],
  );
  const replacedSheets = ops.flatMap((op) => (op.kind === 'deleteSheet' ? [op.name] : []));
  return replacedSheets.length === 0 ? { ops, newSheets } : { ops, newSheets, replacedSheets };
}

/**
 * The sheets of the run's campaigns that an earlier run wrote on the same report date under the
 * names this run gives them (`sameDaySheets`).
 */
function sameDayReplaced(args: TrackPlanArgs, date: LocalDate): Set<string> {
  const { history = [], inventory, result } = args;
  if (history.length === 0) return new Set();
  // The names each campaign's sheets get in a workbook holding none of them.
  const wanted = new SheetNames([]);
  return new Set(
    result.campaigns.flatMap((c) =>
      sameDaySheets({
        history,
        sheets: inventory.sheets,
        campaignId: c.campaignId,
        wanted: [
          wanted.dated('Report', c.campaignId, date),
          wanted.dated('CMO Feedback', c.campaignId, date),
        ],
      }),
    ),
  );
}
