import { FIELD_LABELS } from '../../engine/model/labels';
import { SETTINGS_KEYS } from '../../engine/model/settings';
import { TASK_STATUSES, UPDATE_STATUSES } from '../../engine/model/statuses';
import type { CreateTableOp } from '../plan/write-plan';
import { buildTemplatePlan } from './build-template-plan';
import { buildSampleWorkbook } from './sample-workbook';

const tables = (plan: ReturnType<typeof buildTemplatePlan>) =>
  new Map(plan.ops.flatMap((op) => (op.kind === 'createTable' ? [[op.table, op] as const] : [])));

function table(plan: ReturnType<typeof buildTemplatePlan>, name: string): CreateTableOp {
  const op = tables(plan).get(name);
  if (op === undefined) throw new Error(`no ${name}`);
  return op;
}

const choicesOf = (op: CreateTableOp, header: string) =>
  op.validations?.find((v) => v.column === op.header.indexOf(header))?.choices;
const formatOf = (op: CreateTableOp, header: string) => op.columnFormats[op.header.indexOf(header)];

describe('template', () => {
  const empty = buildTemplatePlan({ sample: null });

  it('creates the six tables on sheets of their names, without spaces', () => {
    expect(empty.newSheets).toEqual([
      'Campaigns',
      'Tasks',
      'KPIs',
      'ChannelMetrics',
      'TaskUpdates',
      'Settings',
    ]);
    expect([...tables(empty).keys()]).toEqual(empty.newSheets);
  });

  it('uses the model headers and leaves the input tables empty', () => {
    expect(table(empty, 'Tasks').header).toEqual(Object.values(FIELD_LABELS.tasks));
    expect(table(empty, 'TaskUpdates').header).toEqual(Object.values(FIELD_LABELS.taskUpdates));
    expect(table(empty, 'Campaigns').rows).toEqual([]);
  });

  it.each([
    ['Campaigns', 'Status', ['active', 'paused', 'completed', 'cancelled']],
    ['Tasks', 'Status', TASK_STATUSES],
    ['Tasks', 'Critical', ['TRUE', 'FALSE']],
    ['KPIs', 'Type', ['primary', 'secondary']],
    ['KPIs', 'Actual Source', ['measured', 'estimated']],
    ['ChannelMetrics', 'Source', ['measured', 'estimated']],
    ['TaskUpdates', 'New Status', UPDATE_STATUSES],
  ])('%s %s has a drop-down', (name, header, choices) => {
    expect(choicesOf(table(empty, name), header)).toEqual(choices);
  });

  it.each([
    ['Campaigns', 'Budget Allocated', '#,##0.00'],
    ['Campaigns', 'Start Date', 'yyyy-mm-dd'],
    ['Tasks', 'Due Date', 'yyyy-mm-dd'],
    ['Tasks', 'Started At', 'yyyy-mm-dd hh:mm'],
    ['ChannelMetrics', 'Cost', '#,##0.00'],
    ['ChannelMetrics', 'Date', 'yyyy-mm-dd'],
    ['TaskUpdates', 'Applied At', 'yyyy-mm-dd hh:mm'],
  ])('%s %s is formatted %s', (name, header, format) => {
    expect(formatOf(table(empty, name), header)).toBe(format);
  });

  it('lists every setting with its default', () => {
    const settings = table(empty, 'Settings');
    expect(settings.header).toEqual(['Key', 'Value']);
    expect(settings.rows).toEqual([
      ['As Of', null],
      ['Time Zone', 'UTC'],
      ['Currency', null],
      ['Retry Limit', 3],
      ['Blocked Escalation Hours', 24],
      ['Performance Threshold %', 50],
      ['Budget Flag Spent %', 80],
      ['Budget Flag Completion %', 50],
      ['Min Clicks For Comparison', 100],
      ['Data ETA', null],
      ['Timeline At Risk Gap %', 10],
      ['Timeline Delayed Gap %', 25],
      ['Number Format', null],
    ]);
    expect(settings.rows.map((r) => r[0])).toEqual(Object.values(SETTINGS_KEYS));
    expect(empty.ops.filter((op) => op.kind === 'updateCells')).toEqual([]);
  });

  it('leaves tables the workbook already has', () => {
    const plan = buildTemplatePlan({
      sample: null,
      inventory: {
        sheets: ['Sheet1', 'task updates'],
        tables: [
          { name: 'tbl_kpis', sheet: 'Sheet1' },
          { name: 'KPIs', sheet: 'Sheet1' },
        ],
      },
    });
    expect(plan.newSheets).toEqual(['Campaigns', 'Tasks', 'ChannelMetrics', 'Settings']);
  });

  it('fills the tables with the sample, values as the reader reads them back', () => {
    const sample = buildSampleWorkbook('2026-11-24');
    const plan = buildTemplatePlan({ sample });
    const tasks = table(plan, 'Tasks');
    expect(tasks.rows).toHaveLength(sample.input.tasks.length);
    const t02 = tasks.rows[1] ?? [];
    const at = (header: string) => t02[tasks.header.indexOf(header)];
    expect([at('Task ID'), at('Depends On'), at('Critical'), at('Status')]).toEqual([
      'T02',
      'T01',
      true,
      'completed',
    ]);
    // Due 28 days before 2026-11-24: 2026-10-27, serial 46350 − 28 = 46322, a whole date.
    expect(at('Due Date')).toBe(46322);
    expect(table(plan, 'ChannelMetrics').rows).toHaveLength(sample.input.channelMetrics.length);
    const settings = table(plan, 'Settings');
    expect(settings.rows[1]).toEqual(['Time Zone', 'America/New_York']);
    const updates = table(plan, 'TaskUpdates');
    const blockers = updates.rows[0]?.[updates.header.indexOf('Blockers')];
    expect(blockers).toBe('Waiting for legal approval of the pricing slide');
  });

  it('formats dates in Settings cell by cell', () => {
    const sample = buildSampleWorkbook('2026-11-24');
    const withDates = {
      ...sample,
      input: {
        ...sample.input,
        settings: { ...sample.input.settings, dataEta: '2026-11-30', timeZone: 'UTC' },
      },
    };
    const formats = buildTemplatePlan({ sample: withDates }).ops.find((op) => op.kind === 'updateCells');
    // Data ETA is the 10th key: sheet row 11. 2026-11-30 is serial 46350 + 6.
    expect(formats).toMatchObject({
      sheet: 'Settings',
      cells: [{ row: 11, column: 2, value: 46356, numberFormat: 'yyyy-mm-dd' }],
    });
  });
});
