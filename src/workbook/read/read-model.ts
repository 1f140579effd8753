import { hasErrors, type Issue } from '../../engine/issues/issue';
import type { TrackingInput } from '../../engine/model/tracking-input';
import type { RawTable } from '../host';
import { SOURCES, sourceOfKey, sourceOfName } from '../names/input-sources';
import { readSettings } from '../settings/read-settings';
import type { SourceMap, TableLocation } from '../source-map';
import { CAMPAIGNS, CHANNEL_METRICS, KPIS, TASK_UPDATES, TASKS } from '../tables/input-contracts';
import { readTable, type MarkedCell, type TableSpec } from '../tables/read-table';
import { currencyIssues } from './check-currencies';
import { missingTable } from './plan-reads';
import { readLogs, type WorkbookLogs } from './workbook-logs';

export type ReadModelResult =
  | {
      readonly ok: true;
      readonly input: TrackingInput;
      readonly sourceMap: SourceMap;
      readonly logs: WorkbookLogs;
      readonly warnings: Issue[];
    }
  | {
      readonly ok: false;
      readonly issues: Issue[];
      readonly sourceMap: SourceMap;
      /** What was read: a cell that could not be read is blank here (the rows as they are, for more checks). */
      readonly input: TrackingInput;
    };

/** Which raw table is which input: a table beats a sheet of the same name; otherwise the first wins. */
function identify(tables: readonly RawTable[]): Map<string, RawTable> {
  const byKey = new Map<string, RawTable>();
  for (const raw of tables) {
    const spec = sourceOfName(raw.source.name);
    if (spec === undefined) continue;
    const seen = byKey.get(spec.key);
    if (seen === undefined || (seen.source.kind === 'sheet' && raw.source.kind === 'table'))
      byKey.set(spec.key, raw);
  }
  return byKey;
}

/** `currencyIssues` over the money and KPI cells read, skipping currencies that could not be read. */
function checkCurrencies(
  input: TrackingInput,
  marked: ReadonlyMap<string, readonly MarkedCell[]>,
  issues: readonly Issue[],
  settingsCurrencyRow: number | undefined,
): Issue[] {
  const failed = (table: string, row: number | undefined, field: string): boolean =>
    issues.some(
      (i) => i.severity === 'error' && i.path[0] === table && i.path[1] === row && i.path[2] === field,
    );
  const unreadable = new Set<number>();
  input.campaigns.forEach((_, i) => {
    if (failed('campaigns', i, 'currency')) unreadable.add(i);
  });
  const table = <K extends 'campaigns' | 'kpis' | 'channelMetrics'>(
    key: K,
    spec: { readonly labels: Readonly<Record<string, string>> },
  ) => ({
    key,
    campaignIds: input[key].map((row) => row.campaignId as string | null),
    marked: marked.get(key) ?? [],
    labels: spec.labels,
  });
  return currencyIssues(
    [table('campaigns', CAMPAIGNS), table('kpis', KPIS), table('channelMetrics', CHANNEL_METRICS)],
    {
      campaigns: input.campaigns,
      settingsCurrency: input.settings.currency,
      unreadable: {
        campaigns: unreadable,
        settings: settingsCurrencyRow !== undefined && failed('settings', settingsCurrencyRow, 'value'),
      },
    },
  );
}

/**
 * Reads the workbook's tables into the engine's model, with a `SourceMap` from model paths to cells.
 * Settings first (its Time Zone reads every date), then every table; every issue of every table is
 * collected, and any error makes the result `ok: false` with all of them (warnings included).
 * `sourceIssues` are `planReads`'s findings about where the tables are (an ambiguous input is not
 * read and not called missing).
 * Type and shape only: checks across rows (duplicate ids, references, cycles) are the engine's.
 *
 * @example
 * const plan = planReads(await host.inventory());
 * const result = readModel(await host.read(plan.requests), plan.issues);
 * if (!result.ok) for (const line of describeIssues(result.issues, result.sourceMap)) console.log(line.text);
 */
export function readModel(tables: readonly RawTable[], sourceIssues: readonly Issue[] = []): ReadModelResult {
  const raws = identify(tables);
  const placed = new Set(sourceIssues.map((i) => i.path[0]));
  const issues: Issue[] = [
    ...sourceIssues,
    ...SOURCES.filter((s) => s.required && !raws.has(s.key) && !placed.has(s.key)).map(missingTable),
  ];
  const locations = new Map<string, TableLocation>();

  const settings = readSettings(raws.get('settings'));
  issues.push(...settings.issues);
  if (settings.location !== null) locations.set('settings', settings.location);

  const options = {
    timeZone: settings.settings.timeZone,
    severity: 'error',
    numberStyle: settings.settings.numberFormat,
  } as const;
  const marked = new Map<string, readonly MarkedCell[]>();
  const read = <Row>(spec: TableSpec<Row>): Row[] => {
    const raw = raws.get(spec.key);
    if (raw === undefined) return [];
    const result = readTable(raw, spec, { ...options, optional: sourceOfKey(spec.key)?.required !== true });
    issues.push(...result.issues);
    locations.set(spec.key, result.location);
    marked.set(spec.key, result.marked);
    return result.rows;
  };
  const input: TrackingInput = {
    campaigns: read(CAMPAIGNS),
    tasks: read(TASKS),
    kpis: read(KPIS),
    channelMetrics: read(CHANNEL_METRICS),
    taskUpdates: read(TASK_UPDATES),
    settings: settings.settings,
  };
  issues.push(...checkCurrencies(input, marked, issues, settings.location?.keyRows?.['currency']));

  const logs = readLogs(raws, options.timeZone);
  issues.push(...logs.issues);
  for (const [key, location] of Object.entries(logs.locations)) locations.set(key, location);

  const sourceMap = Object.create(null) as Record<string, TableLocation>;
  for (const spec of SOURCES) {
    const location = locations.get(spec.key);
    if (location !== undefined) sourceMap[spec.key] = location;
  }
  return hasErrors(issues)
    ? { ok: false, issues, sourceMap, input }
    : { ok: true, input, sourceMap, logs: logs.logs, warnings: issues };
}
