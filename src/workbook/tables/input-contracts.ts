import type { Campaign } from '../../engine/model/campaign';
import type { ChannelMetric } from '../../engine/model/channel-metric';
import type { Kpi } from '../../engine/model/kpi';
import { FIELD_LABELS, TABLE_LABELS } from '../../engine/model/labels';
import {
  CAMPAIGN_STATUSES,
  DATA_SOURCES,
  KPI_TYPES,
  TASK_STATUSES,
  UPDATE_STATUSES,
} from '../../engine/model/statuses';
import type { Task } from '../../engine/model/task';
import type { TaskUpdate } from '../../engine/model/task-update';
import { readBoolean } from '../cells/read-boolean';
import { readChoice, readChoiceOrText } from '../cells/read-choice';
import { withCurrency } from '../cells/figure-currency';
import { readCurrency } from '../cells/read-currency';
import { readDateTime, readLocalDate } from '../cells/read-date';
import { readId, readIdList } from '../cells/read-id';
import { readBlockerList } from '../cells/read-list';
import { readMoney } from '../cells/read-money';
import { nonNegative, readInteger, readNumber } from '../cells/read-number';
import { readText, readTextOrNumber } from '../cells/read-text';
import { defaulted, optional, optionalFigure, reported, required } from './field-spec';
import type { TableSpec } from './read-table';

/*
 * The column contract of each input table: which reader each model field's column goes through and
 * whether it is required. Headers come from FIELD_LABELS (the one list of column names).
 */

const count = nonNegative(readNumber);
const money = nonNegative(readMoney);
/** A date with no time means the start of that day… */
const from = readDateTime('start');
/** …except for End Date and Due Date, which run through their last day. */
const through = readDateTime('end');

export const CAMPAIGNS: TableSpec<Campaign> = {
  key: 'campaigns',
  label: TABLE_LABELS.campaigns,
  labels: FIELD_LABELS.campaigns,
  fields: {
    campaignId: required(readId),
    missionId: required(readId),
    name: required(readText),
    status: required(readChoice(CAMPAIGN_STATUSES)),
    budgetAllocated: required(money),
    budgetSpent: optional(money),
    startAt: required(from),
    endAt: required(through),
    currency: optional(readCurrency),
  },
};

export const TASKS: TableSpec<Task> = {
  key: 'tasks',
  label: TABLE_LABELS.tasks,
  labels: FIELD_LABELS.tasks,
  fields: {
    taskId: required(readId),
    campaignId: required(readId),
    title: required(readText),
    status: required(readChoice(TASK_STATUSES)),
    critical: defaulted(readBoolean, false),
    dependsOn: defaulted(readIdList, []),
    expectedResult: optional(readTextOrNumber),
    actualResult: optional(readTextOrNumber),
    estimatedHours: optional(count),
    actualHours: optional(count),
    dueAt: optional(through),
    startedAt: optional(from),
    completedAt: optional(from),
    blockedSince: optional(from),
    blocker: optional(readText),
    attempts: defaulted(nonNegative(readInteger), 0),
  },
};

export const KPIS: TableSpec<Kpi> = {
  key: 'kpis',
  label: TABLE_LABELS.kpis,
  labels: FIELD_LABELS.kpis,
  fields: {
    campaignId: required(readId),
    metric: required(readText),
    target: required(withCurrency(readTextOrNumber)),
    type: defaulted(readChoice(KPI_TYPES), 'secondary'),
    actual: optional(withCurrency(readTextOrNumber)),
    actualSource: defaulted(readChoice(DATA_SOURCES), 'measured'),
    dataEta: optional(readLocalDate),
  },
};

export const CHANNEL_METRICS: TableSpec<ChannelMetric> = {
  key: 'channelMetrics',
  label: TABLE_LABELS.channelMetrics,
  labels: FIELD_LABELS.channelMetrics,
  fields: {
    campaignId: required(readId),
    channel: required(readText),
    adCampaign: optional(readText),
    date: optional(readLocalDate),
    impressions: reported(count),
    clicks: reported(count),
    conversions: reported(count),
    cost: reported(money),
    revenue: optionalFigure(money),
    engagements: optionalFigure(count),
    source: defaulted(readChoice(DATA_SOURCES), 'measured'),
  },
};

export const TASK_UPDATES: TableSpec<TaskUpdate> = {
  key: 'taskUpdates',
  label: TABLE_LABELS.taskUpdates,
  labels: FIELD_LABELS.taskUpdates,
  fields: {
    taskId: required(readId),
    newStatus: required(readChoiceOrText(UPDATE_STATUSES)),
    result: optional(readTextOrNumber),
    blockers: defaulted(readBlockerList, []),
    hours: optional(count),
    updatedAt: optional(from),
    appliedAt: optional(from),
    outcome: optional(readText),
  },
};
