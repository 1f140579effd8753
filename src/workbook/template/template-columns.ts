import { FIELD_LABELS } from '../../engine/model/labels';
import {
  CAMPAIGN_STATUSES,
  DATA_SOURCES,
  KPI_TYPES,
  TASK_STATUSES,
  UPDATE_STATUSES,
} from '../../engine/model/statuses';
import type { TrackingInput } from '../../engine/model/tracking-input';
import { DATE_FORMAT, DATE_TIME_FORMAT } from '../plan/excel-time';
import { amountFormat, COUNT_FORMAT, HOURS_FORMAT } from '../plan/number-formats';

export type InputTable = Exclude<keyof TrackingInput, 'settings'>;

/**
 * How a model value becomes a cell: `start`/`end` are instants written as a date when they fall on
 * the start/end of a local day (else as a date-time), `dateTime` an instant, `date` a `YYYY-MM-DD`,
 * `list` Depends On (`, `), `blockers` TaskUpdates Blockers (`; `), `value` as it is.
 */
export type CellKind = 'value' | 'start' | 'end' | 'dateTime' | 'date' | 'list' | 'blockers';

export interface TemplateColumn {
  readonly field: string;
  readonly header: string;
  readonly kind: CellKind;
  readonly format: string | null;
  readonly width: number;
  readonly choices?: readonly string[];
}

/** Money in the template: two decimals (a workbook's currencies vary; the reports show the code). */
const MONEY = amountFormat(2);

type Spec = Partial<Omit<TemplateColumn, 'field' | 'header'>>;

const SPECS: { readonly [T in InputTable]: Readonly<Partial<Record<keyof (typeof FIELD_LABELS)[T], Spec>>> } =
  {
    campaigns: {
      name: { width: 36 },
      status: { choices: CAMPAIGN_STATUSES },
      budgetAllocated: { format: MONEY, width: 18 },
      budgetSpent: { format: MONEY, width: 16 },
      startAt: { kind: 'start', format: DATE_FORMAT },
      endAt: { kind: 'end', format: DATE_FORMAT },
      currency: { width: 10 },
    },
    tasks: {
      title: { width: 44 },
      status: { choices: TASK_STATUSES },
      critical: { choices: ['TRUE', 'FALSE'], width: 10 },
      dependsOn: { kind: 'list' },
      expectedResult: { width: 28 },
      actualResult: { width: 28 },
      estimatedHours: { format: HOURS_FORMAT },
      actualHours: { format: HOURS_FORMAT },
      dueAt: { kind: 'end', format: DATE_FORMAT },
      startedAt: { kind: 'dateTime', format: DATE_TIME_FORMAT, width: 17 },
      completedAt: { kind: 'dateTime', format: DATE_TIME_FORMAT, width: 17 },
      blockedSince: { kind: 'dateTime', format: DATE_TIME_FORMAT, width: 17 },
      blocker: { width: 40 },
      attempts: { width: 10 },
    },
    kpis: {
      type: { choices: KPI_TYPES },
      actualSource: { choices: DATA_SOURCES },
      dataEta: { kind: 'date', format: DATE_FORMAT },
    },
    channelMetrics: {
      channel: { width: 22 },
      date: { kind: 'date', format: DATE_FORMAT },
      impressions: { format: COUNT_FORMAT },
      clicks: { format: COUNT_FORMAT },
      cost: { format: MONEY },
      revenue: { format: MONEY },
      engagements: { format: COUNT_FORMAT },
      source: { choices: DATA_SOURCES },
    },
    taskUpdates: {
      newStatus: { choices: UPDATE_STATUSES },
      result: { width: 40 },
      blockers: { kind: 'blockers', width: 40 },
      updatedAt: { kind: 'dateTime', format: DATE_TIME_FORMAT, width: 17 },
      appliedAt: { kind: 'dateTime', format: DATE_TIME_FORMAT, width: 17 },
      outcome: { width: 40 },
    },
  };

/**
 * The columns of an input table in the template: every model field, in FIELD_LABELS order, with its
 * cell kind, number format, width and drop-down choices.
 *
 * @example templateColumns('tasks')[3] // { field: 'status', header: 'Status', choices: TASK_STATUSES, … }
 */
export function templateColumns(table: InputTable): TemplateColumn[] {
  const labels: Readonly<Record<string, string>> = FIELD_LABELS[table];
  const specs: Readonly<Record<string, Spec | undefined>> = SPECS[table];
  return Object.entries(labels).map(([field, header]) => {
    const spec = specs[field] ?? {};
    return {
      field,
      header,
      kind: spec.kind ?? 'value',
      format: spec.format ?? null,
      width: spec.width ?? Math.max(12, header.length + 4),
      ...(spec.choices === undefined ? {} : { choices: spec.choices }),
    };
  });
}
