import type { PlanValue, WritePlan } from '../../src/workbook/plan/write-plan';
import { injectedBook } from './injected-book';
import { asRead, INJECTION_PAYLOADS } from './payloads';
import { runTracking, type Planned } from './pipeline';

interface Written {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly value: PlanValue;
}

/** Every cell a plan writes, with its sheet and position. */
function writtenCells(plan: WritePlan): Written[] {
  return plan.ops.flatMap((op): Written[] => {
    switch (op.kind) {
      case 'updateCells':
      case 'addSheet':
        return op.cells.map((c) => ({ sheet: op.kind === 'addSheet' ? op.name : op.sheet, ...c }));
      case 'appendRows':
        return op.rows.flatMap((r, i) =>
          r.map((value, j) => ({ sheet: op.sheet, row: op.startRow + i, column: op.firstColumn + j, value })),
        );
      case 'createTable':
        return [op.header, ...op.rows].flatMap((r, i) =>
          r.map((value, j) => ({ sheet: op.sheet, row: 1 + i, column: 1 + j, value })),
        );
      case 'deleteSheet':
        return [];
    }
  });
}

/** Every key anywhere in a value. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]);
  return [];
}

async function planned(payload: string): Promise<Planned> {
  const run = await runTracking(injectedBook(payload));
  if (!run.ok) throw new Error(`the injected workbook was refused:\n${run.lines.join('\n')}`);
  return run;
}

describe.each(INJECTION_PAYLOADS.map((p) => [JSON.stringify(p), p] as const))(
  'payload %s',
  (_name, payload) => {
    const text = asRead(payload);

    it('is read as plain text in every column it was put in', async () => {
      const { input } = await planned(payload);
      const [campaign] = input.campaigns;
      expect([campaign?.campaignId, campaign?.missionId, campaign?.name]).toEqual([text, text, text]);
      expect(input.tasks.map((t) => t.title)).toEqual([text, text, text, text]);
      expect(input.tasks[3]?.taskId).toBe(text);
      expect(input.tasks[0]?.expectedResult).toBe(text);
      expect(input.kpis[2]?.metric).toBe(text);
      expect(input.channelMetrics[0]?.channel).toBe(text);
      expect(input.taskUpdates[0]?.result).toBe(text);
      expect(input.taskUpdates[4]?.taskId).toBe(text);
    });

    it('reaches the plan as plain strings, cell for cell, and the plan holds no formula', async () => {
      const run = await planned(payload);
      const cells = writtenCells(run.plan);
      const exact = cells.filter((c) => c.value === text);
      // Where a payload is a whole cell: T-2's Actual Result and T-3's Blocker written back, the log
      // rows (Task Log, Campaign History, Learnings name the campaign), the report's tables.
      const sheets = new Set(exact.map((c) => c.sheet));
      expect(sheets.has('Tasks')).toBe(true);
      expect(sheets.has('Task Log')).toBe(true);
      expect(sheets.has('Campaign History')).toBe(true);
      expect([...sheets].some((s) => s.startsWith('Report '))).toBe(true);
      expect(exact.every((c) => typeof c.value === 'string')).toBe(true);
      // Text that only contains the payload (sentences, the JSON block) is a string too.
      for (const c of cells.filter((x) => typeof x.value === 'string' && x.value.includes(text)))
        expect(typeof c.value).toBe('string');
      expect(keysOf(run.plan.ops).filter((k) => /formula/i.test(k))).toEqual([]);
    });

    it('is written back where it belongs: the blocker on T-3, the result on T-2, the refusal quoted', async () => {
      const run = await planned(payload);
      const cells = writtenCells(run.plan);
      const at = (sheet: string, row: number, column: number) =>
        cells.find((c) => c.sheet === sheet && c.row === row && c.column === column)?.value;
      // Tasks: T-2 on row 3, T-3 on row 4; Actual Result is column H (8), Blocker O (15).
      expect(at('Tasks', 3, 8)).toBe(text);
      // Blockers are separated by `;`: several become one Blocker text joined with `; `.
      expect(at('Tasks', 4, 15)).toBe(
        text
          .split(';')
          .map((b) => b.trim())
          .join('; '),
      );
      // TaskUpdates: the refused row is row 5; Outcome is column H (8).
      const outcome = at('TaskUpdates', 5, 8);
      expect(typeof outcome).toBe('string');
      expect(String(outcome)).toMatch(/^rejected: /);
    });
  },
);
