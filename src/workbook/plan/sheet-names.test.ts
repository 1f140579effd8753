import fc from 'fast-check';
import { MAX_SHEET_NAME, SheetNames, sheetSafe } from './sheet-names';

const DATE = '2026-11-24';

function isValidSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= MAX_SHEET_NAME &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'")
  );
}

describe('sheet names', () => {
  it('names a report and a feedback sheet after the campaign and the date', () => {
    const names = new SheetNames([]);
    expect(names.dated('Report', 'CMP-001', DATE)).toBe('Report CMP-001 2026-11-24');
    expect(names.dated('CMO Feedback', 'CMP-001', DATE)).toBe('CMO Feedback CMP-001 2026-11-24');
  });

  it('shortens the id, never the date', () => {
    const names = new SheetNames([]);
    // 31 − len('Report') − len(date) − 2 spaces = 13 characters of the id.
    expect(names.dated('Report', 'SPRING-LAUNCH-EMEA-2026', DATE)).toBe('Report SPRING-LAUNCH 2026-11-24');
    // 31 − 12 − 10 − 2 = 7.
    expect(names.dated('CMO Feedback', 'SPRING-LAUNCH', DATE)).toBe('CMO Feedback SPRING- 2026-11-24');
  });

  it('replaces the characters Excel forbids', () => {
    expect(sheetSafe('EU: Q1/Q2 [test]?*\\')).toBe('EU- Q1-Q2 -test----');
    expect(sheetSafe('a\tb\n c')).toBe('a-b- c');
    const names = new SheetNames([]);
    expect(names.dated('Report', 'A/B', DATE)).toBe('Report A-B 2026-11-24');
  });

  it('adds (2), (3) on collisions, ignoring case, and still fits', () => {
    const names = new SheetNames(['report cmp-001 2026-11-24', 'REPORT CMP-001 2026-11-24 (2)']);
    expect(names.dated('Report', 'CMP-001', DATE)).toBe('Report CMP-001 2026-11-24 (3)');
    const long = new SheetNames(['CMO Feedback SPRING- 2026-11-24']);
    // The suffix takes 4 characters from the id: 7 − 4 = 3.
    expect(long.dated('CMO Feedback', 'SPRING-LAUNCH', DATE)).toBe('CMO Feedback SPR 2026-11-24 (2)');
  });

  it('avoids names it handed out itself', () => {
    const names = new SheetNames([]);
    expect(names.plain('Task Log')).toBe('Task Log');
    expect(names.plain('task log')).toBe('task log (2)');
  });

  it('any campaign id and any existing names give a valid, unique name', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 20 }),
        fc.array(fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }), { minLength: 1, maxLength: 6 }),
        (existing, ids) => {
          const names = new SheetNames(existing);
          const given: string[] = [];
          for (const id of ids) {
            given.push(names.dated('Report', id, DATE), names.dated('CMO Feedback', id, DATE));
          }
          const keys = [...existing, ...given].map((n) => n.normalize('NFC').toUpperCase().toLowerCase());
          expect(new Set(keys).size).toBe(
            new Set(existing.map((n) => n.normalize('NFC').toUpperCase().toLowerCase())).size + given.length,
          );
          for (const name of given) {
            expect(isValidSheetName(name)).toBe(true);
            expect(name).toContain(DATE);
          }
        },
      ),
    );
  });

  it('collisions with every shortened form still end in a unique name', () => {
    const existing = Array.from({ length: 12 }, (_, i) =>
      i === 0 ? 'Report X 2026-11-24' : `Report X 2026-11-24 (${i + 1})`,
    );
    const names = new SheetNames(existing);
    expect(names.dated('Report', 'X', DATE)).toBe('Report X 2026-11-24 (13)');
  });
});
