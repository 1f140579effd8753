import type { Issue } from '../../engine/issues/issue';
import type { RawTable } from '../host';
import type { LogTableKey, TableLocation } from '../source-map';
import {
  CAMPAIGN_HISTORY,
  LEARNINGS,
  TASK_LOG,
  type CampaignHistoryRow,
  type TaskLogRow,
} from '../tables/log-contracts';
import { readTable, type TableRead, type TableSpec } from '../tables/read-table';

/** A Task Log row, with its index in the Task Log (`['taskLog', index]` leads to its cells). */
export interface TaskLogEntry extends TaskLogRow {
  readonly index: number;
}

/** What the log tables already hold that the engine and the write plan need. */
export interface WorkbookLogs {
  /** Learnings already recorded, so a run appends only new ones (`TrackOptions.knownLearnings`). */
  readonly learnings: ReadonlyArray<{ readonly campaignId: string; readonly learning: string }>;
  /** Applied status changes, in table order: "revert last run" undoes the last run's. */
  readonly taskLog: readonly TaskLogEntry[];
  /** The runs' snapshots, in table order: the last names the last run and the sheets it added. */
  readonly campaignHistory: readonly CampaignHistoryRow[];
}

export interface LogsRead {
  readonly logs: WorkbookLogs;
  readonly locations: Partial<Record<LogTableKey, TableLocation>>;
  /** Warnings only: a damaged log never stops tracking. Rows with an issue are left out of `logs`. */
  readonly issues: Issue[];
}

/** The rows without an issue; none when the table itself has one (a missing column, no header). */
function goodRows<Row>(read: TableRead<Row>): Array<{ row: Row; index: number }> {
  if (read.issues.some((i) => typeof i.path[1] !== 'number')) return [];
  const bad = new Set(read.issues.map((i) => i.path[1]));
  return read.rows.map((row, index) => ({ row, index })).filter(({ index }) => !bad.has(index));
}

/**
 * Reads the Task Log, Campaign History and Learnings tables where they exist.
 *
 * @example readLogs(new Map([['learnings', raw]]), 'UTC').logs.learnings // [{ campaignId: 'C1', learning: '[MEASURED] …' }]
 */
export function readLogs(tables: ReadonlyMap<string, RawTable>, timeZone: string): LogsRead {
  const options = { timeZone, severity: 'warning', optional: true } as const;
  const locations: Partial<Record<LogTableKey, TableLocation>> = {};
  const issues: Issue[] = [];
  const read = <Row>(key: LogTableKey, spec: TableSpec<Row>): TableRead<Row> | null => {
    const raw = tables.get(key);
    if (raw === undefined) return null;
    const result = readTable(raw, spec, options);
    locations[key] = result.location;
    issues.push(...result.issues);
    return result;
  };
  const taskLog = read('taskLog', TASK_LOG);
  const learnings = read('learnings', LEARNINGS);
  const history = read('campaignHistory', CAMPAIGN_HISTORY);
  return {
    logs: {
      taskLog: taskLog === null ? [] : goodRows(taskLog).map(({ row, index }) => ({ ...row, index })),
      learnings:
        learnings === null
          ? []
          : goodRows(learnings).map(({ row }) => ({ campaignId: row.campaignId, learning: row.learning })),
      campaignHistory: history === null ? [] : goodRows(history).map(({ row }) => row),
    },
    locations,
    issues,
  };
}
