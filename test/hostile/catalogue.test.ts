import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IssueCode } from '../../src/engine/issues/issue';
import { HOSTILE_CASES } from './catalogue';
import { expectedErrors, linesAt } from './hostile-case';
import { runTracking } from './pipeline';

const KINDS = [...new Set(HOSTILE_CASES.map((c) => c.kind))];

describe.each(KINDS)('hostile input: %s', (kind) => {
  const cases = HOSTILE_CASES.filter((c) => c.kind === kind).map((c) => [c.name, c] as const);
  it.each(cases)('%s', async (_name, c) => {
    const run = await runTracking(c.book, c.campaignIds);
    const expected = c.expect;
    if (typeof expected === 'function') {
      if (!run.ok) throw new Error(`expected the run to go through:\n${run.lines.join('\n')}`);
      expected(run);
      return;
    }
    if (run.ok) throw new Error(`expected ${expected.code} at ${expected.address}; the run went through`);
    for (const one of expectedErrors(expected)) {
      expect(run.issues.map((i) => i.code)).toContain(one.code);
      expect([one.address, linesAt(run.lines, one)]).not.toEqual([one.address, []]);
    }
  });
});

// Every issue code the engine and the workbook layer can give, checked by the compiler: a new code
// fails to compile here until it is listed, and then fails below until a case gives it.
const EVERY_CODE: Readonly<Record<IssueCode, true>> = {
  missing_table: true,
  ambiguous_source: true,
  missing_column: true,
  duplicate_column: true,
  empty_header: true,
  merged_cells: true,
  required_value: true,
  invalid_value: true,
  cell_error: true,
  invalid_choice: true,
  negative_value: true,
  text_too_long: true,
  ambiguous_date: true,
  ambiguous_number: true,
  wrong_currency: true,
  confusable_id: true,
  too_small: true,
  unknown_setting: true,
  duplicate_id: true,
  unknown_reference: true,
  dependency_cycle: true,
  end_before_start: true,
  spend_without_budget: true,
  invalid_target: true,
  primary_kpi_count: true,
  blocked_without_since: true,
  rows_after_report_date: true,
  unknown_campaign: true,
  no_campaign_to_track: true,
};

describe('the catalogue', () => {
  it('gives every issue code at least once', async () => {
    const seen = new Set<string>();
    for (const c of HOSTILE_CASES) {
      const run = await runTracking(c.book, c.campaignIds);
      for (const i of run.ok ? run.warnings : run.issues) seen.add(i.code);
    }
    expect(Object.keys(EVERY_CODE).filter((code) => !seen.has(code))).toEqual([]);
  });
});

/** The rows of the catalogue's table in docs/reliability.md: class → [stops, runs]. */
function countsInDoc(): Map<string, readonly [number, number]> {
  const doc = readFileSync(join(__dirname, '../../docs/reliability.md'), 'utf8');
  const rows = new Map<string, readonly [number, number]>();
  for (const line of doc.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 5 || !/^\d*$/.test(cells[2] ?? 'x') || !/^\d*$/.test(cells[3] ?? 'x')) continue;
    if (cells[2] === '' && cells[3] === '') continue;
    rows.set((cells[1] ?? '').replace(/`/g, ''), [Number(cells[2] || 0), Number(cells[3] || 0)]);
  }
  return rows;
}

describe('docs/reliability.md', () => {
  it('counts the catalogue as it is: each class, stopping and running, and the total', () => {
    const counted = new Map<string, [number, number]>();
    for (const c of HOSTILE_CASES) {
      const row = counted.get(c.kind) ?? [0, 0];
      row[typeof c.expect === 'function' ? 1 : 0] += 1;
      counted.set(c.kind, row);
    }
    const stops = HOSTILE_CASES.filter((c) => typeof c.expect !== 'function').length;
    const expected = new Map<string, readonly [number, number]>([
      ...counted,
      [`**in all: ${HOSTILE_CASES.length} cases**`, [stops, HOSTILE_CASES.length - stops]],
    ]);
    expect(countsInDoc()).toEqual(expected);
  });
});
