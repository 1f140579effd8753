import {
  ALL_TASK_COLUMNS,
  ALL_UPDATE_COLUMNS,
  location,
  makeCampaignResult,
  makeFeedback,
  makeInput,
  makeReport,
  makeResult,
} from '../../../test/fixtures/track-fixture';
import { allValues, cellWith, jsonText, must } from '../../../test/fixtures/plan-cells';
import type { RawTable } from '../host';
import type { SourceMap } from '../source-map';
import { buildTrackPlan } from './build-track-plan';
import { MAX_CELL_CHARS } from './cell-text';
import type { AddSheetOp, PlanOp } from './write-plan';

const sourceMap: SourceMap = {
  tasks: location('Tasks', ALL_TASK_COLUMNS, 4),
  taskUpdates: location('TaskUpdates', ALL_UPDATE_COLUMNS, 4),
};
const inventory = {
  sheets: ['Campaigns', 'Tasks', 'TaskUpdates'],
  tables: [{ name: 'Tasks', sheet: 'Tasks' }],
};

function plan(over: Partial<Parameters<typeof buildTrackPlan>[0]> = {}) {
  const input = makeInput();
  return buildTrackPlan({ result: makeResult(input), input, sourceMap, inventory, timeZone: 'UTC', ...over });
}

const kinds = (ops: readonly PlanOp[]) => ops.map((op) => `${op.kind}:${'sheet' in op ? op.sheet : op.name}`);

describe('buildTrackPlan', () => {
  it('writes back, logs, then adds a report and a feedback sheet per campaign', () => {
    const p = plan();
    expect(kinds(p.ops)).toEqual([
      'updateCells:Tasks',
      'updateCells:TaskUpdates',
      'createTable:Task Log',
      'createTable:Campaign History',
      'createTable:Learnings',
      'addSheet:Report CMP-1 2026-11-24',
      'addSheet:CMO Feedback CMP-1 2026-11-24',
    ]);
    expect(p.newSheets).toEqual([
      'Task Log',
      'Campaign History',
      'Learnings',
      'Report CMP-1 2026-11-24',
      'CMO Feedback CMP-1 2026-11-24',
    ]);
  });

  it('appends to logs the workbook already has', () => {
    const logs: SourceMap = {
      ...sourceMap,
      taskLog: { ...location('TaskLog', { time: 1, taskId: 2, to: 3 }, 5), sheet: 'Task Log' },
      learnings: location('Learnings', { learning: 1 }, 0),
    };
    const p = plan({
      sourceMap: logs,
      inventory: { ...inventory, sheets: [...inventory.sheets, 'Task Log', 'Learnings'] },
    });
    expect(kinds(p.ops).slice(2, 5)).toEqual([
      'appendRows:Task Log',
      'createTable:Campaign History',
      'appendRows:Learnings',
    ]);
    expect(p.ops[2]).toMatchObject({
      startRow: 7,
      rows: [[expect.any(Number), 'T1', 'in_progress'], expect.anything(), expect.anything()],
    });
    expect(p.newSheets).not.toContain('Task Log');
  });

  it('names sheets by the local date of as_of and never reuses an existing name', () => {
    const input = makeInput();
    // 20:00Z on 24 November is 09:00 on the 25th in Auckland (UTC+13).
    const result = makeResult(input, { asOf: Date.UTC(2026, 10, 24, 20) });
    const p = buildTrackPlan({
      result,
      input,
      sourceMap,
      inventory: { ...inventory, sheets: [...inventory.sheets, 'REPORT CMP-1 2026-11-25', 'Task Log'] },
      timeZone: 'Pacific/Auckland',
    });
    expect(p.newSheets).toEqual([
      'Task Log (2)',
      'Campaign History',
      'Learnings',
      'Report CMP-1 2026-11-25 (2)',
      'CMO Feedback CMP-1 2026-11-25',
    ]);
  });

  describe('running again on the same day', () => {
    const day = ['Report CMP-1 2026-11-24', 'CMO Feedback CMP-1 2026-11-24'];
    const earlier = (campaignId: string, names = day) => ({
      runId: 'run-1',
      campaignId,
      reportSheet: names[0] ?? null,
      feedbackSheet: names[1] ?? null,
      rejectedUpdates: null,
    });
    const withDay = { ...inventory, sheets: [...inventory.sheets, ...day] };

    it("replaces the campaign's sheets of an earlier run the same day: delete, then add under the same name", () => {
      const p = plan({ inventory: withDay, history: [earlier('CMP-1')] });
      expect(kinds(p.ops).slice(-4)).toEqual([
        `deleteSheet:${day[0]}`,
        `deleteSheet:${day[1]}`,
        `addSheet:${day[0]}`,
        `addSheet:${day[1]}`,
      ]);
      expect(p.newSheets.slice(-2)).toEqual(day);
      expect(p.replacedSheets).toEqual(day);
      // Campaign History gets a row of its own for this run: the earlier run's row stays.
      const history = p.ops.find((op) => op.kind === 'createTable' && op.table === 'CampaignHistory');
      expect(history?.kind === 'createTable' && history.rows).toHaveLength(1);
    });

    it('matches the names as Excel does, deleting the sheet as the workbook spells it', () => {
      const shouted = day.map((n) => n.toUpperCase());
      const p = plan({
        inventory: { ...inventory, sheets: [...inventory.sheets, ...shouted] },
        history: [earlier('CMP-1')],
      });
      expect(p.replacedSheets).toEqual(shouted);
      expect(p.newSheets.slice(-2)).toEqual(day);
    });

    it.each([
      ['no Campaign History names them', []],
      ['Campaign History names them for another campaign', [earlier('CMP-2')]],
      ['Campaign History names other sheets', [earlier('CMP-1', ['Report CMP-1 2026-11-23', 'x'])]],
    ])('keeps a sheet of that name when %s: the new one gets (2)', (_case, history) => {
      const p = plan({ inventory: withDay, history });
      expect(p.replacedSheets).toBeUndefined();
      expect(p.ops.some((op) => op.kind === 'deleteSheet')).toBe(false);
      // The id is shortened so the suffix fits in 31 characters: the truncated name the rule avoids.
      expect(p.newSheets.slice(-2)).toEqual([
        'Report CMP-1 2026-11-24 (2)',
        'CMO Feedback CMP 2026-11-24 (2)',
      ]);
    });

    it('adds the sheets as new when the earlier ones are gone (reverted, or deleted by hand)', () => {
      const p = plan({ history: [earlier('CMP-1')] });
      expect(p.replacedSheets).toBeUndefined();
      expect(p.newSheets.slice(-2)).toEqual(day);
    });
  });

  it('records the report sheet of each campaign in Campaign History', () => {
    const second = makeReport({ campaign_id: 'CMP-2', report_id: '00000000-0000-4000-8000-000000000003' });
    const input = makeInput();
    const result = makeResult(input, {
      campaigns: [makeCampaignResult(), makeCampaignResult(second, makeFeedback({ campaign_id: 'CMP-2' }))],
    });
    const p = buildTrackPlan({ result, input, sourceMap, inventory, timeZone: 'UTC' });
    const history = p.ops.find((op) => op.kind === 'createTable' && op.table === 'CampaignHistory');
    const column = history?.kind === 'createTable' ? history.header.indexOf('Report Sheet') : -1;
    expect(history?.kind === 'createTable' && history.rows.map((r) => r[column])).toEqual([
      'Report CMP-1 2026-11-24',
      'Report CMP-2 2026-11-24',
    ]);
  });

  it('adds a Portfolio sheet after the campaigns’ sheets when the run tracks several campaigns', () => {
    const second = makeReport({ campaign_id: 'CMP-2', report_id: '00000000-0000-4000-8000-000000000003' });
    const input = makeInput();
    const two = makeResult(input, {
      campaigns: [makeCampaignResult(), makeCampaignResult(second, makeFeedback({ campaign_id: 'CMP-2' }))],
    });
    const p = buildTrackPlan({ result: two, input, sourceMap, inventory, timeZone: 'UTC' });
    expect(kinds(p.ops).slice(-3)).toEqual([
      'addSheet:Report CMP-2 2026-11-24',
      'addSheet:CMO Feedback CMP-2 2026-11-24',
      'addSheet:Portfolio 2026-11-24',
    ]);
    // One campaign: no portfolio.
    expect(kinds(plan().ops).some((k) => k.includes('Portfolio'))).toBe(false);
  });

  describe('running again on the same day over several campaigns', () => {
    const date = '2026-11-24';
    const second = makeReport({ campaign_id: 'CMP-2', report_id: '00000000-0000-4000-8000-000000000003' });
    const input = makeInput();
    const two = makeResult(input, {
      campaigns: [makeCampaignResult(), makeCampaignResult(second, makeFeedback({ campaign_id: 'CMP-2' }))],
    });
    const daySheets = ['CMP-1', 'CMP-2'].flatMap((id) => [
      `Report ${id} ${date}`,
      `CMO Feedback ${id} ${date}`,
    ]);
    const history = ['CMP-1', 'CMP-2'].map((id) => ({
      runId: 'run-1',
      campaignId: id,
      reportSheet: `Report ${id} ${date}`,
      feedbackSheet: `CMO Feedback ${id} ${date}`,
      rejectedUpdates: null,
    }));
    /** A sheet named like a Portfolio sheet, as read, whose Run ID cell holds `runId`. */
    const portfolio = (sheet: string, runId: string): RawTable => ({
      source: { kind: 'sheet', name: sheet },
      sheet,
      headerRow: 1,
      firstColumn: 1,
      header: ['Portfolio', date],
      rows: [
        ['Run ID', runId],
        ['Campaign ID', 'Campaign'],
      ],
    });
    const rerun = (portfolios: RawTable[], runHistory = history) =>
      buildTrackPlan({
        result: two,
        input,
        sourceMap,
        inventory: {
          ...inventory,
          sheets: [...inventory.sheets, ...daySheets, ...portfolios.map((p) => p.sheet)],
        },
        timeZone: 'UTC',
        history: runHistory,
        portfolios,
      });

    it('replaces the Portfolio sheet whose Run ID is the run it replaces: delete, then add under the same name', () => {
      const p = rerun([portfolio(`Portfolio ${date}`, 'run-1')]);
      expect(kinds(p.ops).slice(-2)).toEqual([`deleteSheet:Portfolio ${date}`, `addSheet:Portfolio ${date}`]);
      expect(p.replacedSheets).toEqual([...daySheets, `Portfolio ${date}`]);
      expect(p.newSheets.filter((n) => n.startsWith('Portfolio'))).toEqual([`Portfolio ${date}`]);
    });

    it('replaces a “(2)” left by an earlier rewrite too, and takes the plain name', () => {
      const p = rerun(
        [portfolio(`PORTFOLIO ${date}`, 'run-1'), portfolio(`Portfolio ${date} (2)`, 'run-2')],
        [...history, ...history.map((row) => ({ ...row, runId: 'run-2' }))],
      );
      expect(p.replacedSheets?.slice(-2)).toEqual([`PORTFOLIO ${date}`, `Portfolio ${date} (2)`]);
      expect(p.newSheets.filter((n) => n.startsWith('Portfolio'))).toEqual([`Portfolio ${date}`]);
    });

    it.each([
      ['its Run ID was edited', [portfolio(`Portfolio ${date}`, 'mine')]],
      ['it has no Run ID', [{ ...portfolio(`Portfolio ${date}`, ''), rows: [] }]],
      ['it is of another day', [portfolio(`Portfolio 2026-11-23`, 'run-1')]],
    ])('keeps a Portfolio sheet when %s: the new one takes the next free name', (_case, portfolios) => {
      const p = rerun(portfolios);
      expect(p.replacedSheets).toEqual(daySheets);
      const name =
        portfolios[0]?.sheet === `Portfolio ${date}` ? `Portfolio ${date} (2)` : `Portfolio ${date}`;
      expect(kinds(p.ops).slice(-1)).toEqual([`addSheet:${name}`]);
    });

    it('keeps the Portfolio sheet when the run tracks one campaign (it still covers the others)', () => {
      const p = buildTrackPlan({
        result: makeResult(input),
        input,
        sourceMap,
        inventory: { ...inventory, sheets: [...inventory.sheets, ...daySheets, `Portfolio ${date}`] },
        timeZone: 'UTC',
        history,
        portfolios: [portfolio(`Portfolio ${date}`, 'run-1')],
      });
      expect(p.replacedSheets).toEqual(daySheets.slice(0, 2));
    });
  });

  it('needs no Tasks or TaskUpdates location when nothing changed there', () => {
    const input = makeInput();
    const result = makeResult(input, {
      tasks: input.tasks,
      changedTaskIndexes: [],
      taskChanges: [],
      updateOutcomes: [],
    });
    const p = buildTrackPlan({ result, input, sourceMap: {}, inventory, timeZone: 'UTC' });
    expect(p.ops.map((op) => op.kind)).toEqual(['createTable', 'createTable', 'addSheet', 'addSheet']);
    expect(() =>
      buildTrackPlan({ result: makeResult(input), input, sourceMap: {}, inventory, timeZone: 'UTC' }),
    ).toThrow(/no tasks table/);
  });

  describe('text that looks like a formula stays plain text', () => {
    const risky = ['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', '\tx', '\rx'];

    it.each(risky)('%j', (text) => {
      const input = makeInput();
      const tasks = input.tasks.map((t) => ({ ...t, title: text }));
      const report = makeReport({
        campaign_name: text,
        blockers: [{ ...must(makeReport().blockers[0]), blocker: text }],
      });
      const feedback = makeFeedback({ learnings: [`[MEASURED] ${text}`], recommendations: [text] });
      const result = makeResult(
        { ...input, tasks },
        {
          tasks: makeResult(input).tasks.map((t, i) =>
            i === 1 ? { ...t, title: text, blocker: text } : { ...t, title: text },
          ),
          campaigns: [makeCampaignResult(report, feedback)],
        },
      );
      const p = buildTrackPlan({ result, input: { ...input, tasks }, sourceMap, inventory, timeZone: 'UTC' });
      const values = allValues(p);
      expect(values.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))).toBe(
        true,
      );
      expect(JSON.stringify(p)).not.toMatch(/"formula"/i);
      // The text arrives unchanged, as a string, in the Tasks write-back, the log, the report and the feedback.
      expect(values.filter((v) => v === text).length).toBeGreaterThanOrEqual(4);
      const sheet = p.ops.find((op): op is AddSheetOp => op.kind === 'addSheet');
      expect(sheet && cellWith(sheet, `Execution Status Report — ${text}`).value).toBeDefined();
    });
  });

  it('no cell holds more than 32,767 characters, whatever the texts', () => {
    const long = 'L'.repeat(100_000);
    const input = makeInput();
    const report = makeReport({ campaign_name: long });
    const feedback = makeFeedback({ learnings: [`[INFERENCE] ${long}`], execution_result: long });
    const result = makeResult(input, {
      taskChanges: makeResult(input).taskChanges.map((c) => ({ ...c, reason: long })),
      campaigns: [makeCampaignResult(report, feedback)],
    });
    const p = buildTrackPlan({ result, input, sourceMap, inventory, timeZone: 'UTC' });
    expect(allValues(p).every((v) => typeof v !== 'string' || v.length <= MAX_CELL_CHARS)).toBe(true);
    const sheets = p.ops.filter((op): op is AddSheetOp => op.kind === 'addSheet');
    expect(JSON.parse(jsonText(must(sheets[0])))).toEqual(report);
    expect(JSON.parse(jsonText(must(sheets[1])))).toEqual(feedback);
  });
});
