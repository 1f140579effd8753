/// <reference types="office-js" />
import { createOfficeActions } from '../../src/excel/create-office-actions';
import { runChecks } from '../../src/excel/ribbon/run-checks';
import { RunOutcomeChannel } from '../../src/excel/ribbon/run-outcome-channel';
import { counterIds } from '../../src/engine/testing/counter-ids';
import { prepareTrack } from '../../src/workbook/run/prepare-track';
import type { WorkbookDescription } from '../support/fake-excel';
import { fakeHost } from '../support/office-host-kit';
import { fakeWorkbookOf } from './book-fake';
import { MERGED_CASES } from './cases/merged-cells';
import { HOSTILE_CASES } from './catalogue';
import { expectedErrors, linesAt, type StopsWith } from './hostile-case';
import { BASE_AS_OF } from './hostile-book';
import { injectedBook } from './injected-book';
import { asRead, INJECTION_PAYLOADS } from './payloads';

/** Every cell of a description that holds a formula. */
function formulas(description: WorkbookDescription): string[] {
  return description.sheets.flatMap((sheet) =>
    Object.entries(sheet.cells ?? {}).flatMap(([address, cell]) =>
      cell !== null && typeof cell === 'object' && 'formula' in cell && cell.formula !== undefined
        ? [`${sheet.name}!${address}: ${cell.formula}`]
        : [],
    ),
  );
}

describe('the formula scan', () => {
  it('finds a formula where there is one', () => {
    const description: WorkbookDescription = {
      sheets: [{ name: 'S', cells: { A1: { value: 2, formula: '=1+1' }, B1: '=1+1' } }],
    };
    expect(formulas(description)).toEqual(['S!A1: =1+1']);
  });
});

// The Office host on the in-memory Excel, which converts a bare `=…` string into a formula as Excel
// does: every payload must arrive as text (quote-prefixed), and no cell may hold a formula.
describe.each(INJECTION_PAYLOADS.map((p) => [JSON.stringify(p), p] as const))(
  'payload %s in Excel',
  (_n, payload) => {
    it('is written as text, never as a formula', async () => {
      const { fake, host } = fakeHost(fakeWorkbookOf(injectedBook(payload)));
      try {
        const prepared = await prepareTrack(host, {
          now: () => BASE_AS_OF,
          runId: 'run-1',
          newId: counterIds(),
        });
        if (!prepared.ok) throw new Error(JSON.stringify(prepared.issues[0]));
        await host.apply(prepared.plan);
        expect(formulas(fake.describe())).toEqual([]);
        const text = asRead(payload);
        // T-2's Actual Result (Tasks!H3), written back from its update's Result.
        expect(fake.cell('Tasks!H3')).toMatchObject({ value: text, formula: null, quotePrefix: true });
        // T-3's Blocker (Tasks!O4): several blockers are joined with "; ".
        const blocker = fake.cell('Tasks!O4');
        expect(typeof blocker.value).toBe('string');
        expect(blocker.formula).toBeNull();
      } finally {
        fake.uninstall();
      }
    });
  },
);

const stopping = HOSTILE_CASES.flatMap((c) =>
  typeof c.expect === 'function' ? [] : [{ ...c, expect: c.expect satisfies StopsWith }],
);

// The catalogue through the ribbon's Run checks (prepare, then commit without asking): on bad
// input it must stop with the error at its address and leave the workbook exactly as it was.
describe('hostile input through the ribbon’s Run checks', () => {
  it.each(stopping.map((c) => [`${c.kind}: ${c.name}`, c] as const))('%s', async (_name, c) => {
    const { fake, host } = fakeHost(fakeWorkbookOf(c.book));
    try {
      const before = fake.describe();
      const actions = createOfficeActions({ host, now: () => BASE_AS_OF, newId: counterIds() });
      // Run checks tracks every active campaign: a case that names campaigns is run from the pane.
      const outcome =
        c.campaignIds === undefined
          ? await runChecks(
              { completed: () => undefined },
              { actions, channel: new RunOutcomeChannel(), showPane: () => Promise.resolve() },
            )
          : await actions.prepareRun({ campaignIds: c.campaignIds }, () => undefined);
      if (outcome.kind !== 'input_problems') throw new Error(`expected input problems, got ${outcome.kind}`);
      for (const one of expectedErrors(c.expect))
        expect([
          one.address,
          linesAt(
            outcome.issues.map((i) => i.text),
            one,
          ),
        ]).not.toEqual([one.address, []]);
      expect(fake.describe()).toEqual(before);
    } finally {
      fake.uninstall();
    }
  });
});

// Merged areas are read from ExcelApi 1.13; an older Excel reads the same values and cannot say.
describe('a merged Task ID in an Excel before ExcelApi 1.13', () => {
  const merged = MERGED_CASES.find((c) => c.name.startsWith('Task ID merged'));

  it('is still stopped, as the blank cell it reads as', async () => {
    if (merged === undefined) throw new Error('the merged Task ID case is gone from the catalogue');
    const { fake, host } = fakeHost(fakeWorkbookOf(merged.book), {
      requirementSets: { ExcelApi: '1.12', SharedRuntime: '1.1' },
    });
    try {
      const prepared = await prepareTrack(host, {
        now: () => BASE_AS_OF,
        runId: 'run-1',
        newId: counterIds(),
      });
      if (prepared.ok) throw new Error('expected input problems');
      expect(prepared.issues.map((i) => [i.code, i.path])).toEqual([
        ['required_value', ['tasks', 1, 'taskId']],
      ]);
    } finally {
      fake.uninstall();
    }
  });
});
