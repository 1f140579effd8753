import fc from 'fast-check';
import type { CellReader } from '../cells/cell-read';
import type { RawCell } from '../host';
import { SETTING_READERS } from '../settings/setting-readers';
import type { FieldSpec } from './field-spec';
import { CAMPAIGNS, CHANNEL_METRICS, KPIS, TASK_UPDATES, TASKS } from './input-contracts';
import { LEARNINGS, TASK_LOG } from './log-contracts';

const readers: Array<[string, CellReader<unknown>]> = [
  ...[CAMPAIGNS, TASKS, KPIS, CHANNEL_METRICS, TASK_UPDATES, TASK_LOG, LEARNINGS].flatMap((spec) =>
    Object.entries(spec.fields as Record<string, FieldSpec<unknown>>).map(
      ([field, f]) => [`${spec.key}.${field}`, f.read] as [string, CellReader<unknown>],
    ),
  ),
  ...Object.entries(SETTING_READERS).map(
    ([field, read]) => [`settings.${field}`, read as CellReader<unknown>] as [string, CellReader<unknown>],
  ),
];

const cell: fc.Arbitrary<RawCell> = fc.oneof(
  fc.string(),
  fc.stringMatching(/^\s?\d{1,5}[-/.]\d{1,2}[-/.]\d{1,5}([ T]\d{1,2}:\d{2}(:\d{2})?)?(Z|[+-]\d{2}:?\d{2})?$/),
  fc.stringMatching(/^[-+$€(]?\d{0,4}([,.]\d{1,4})*%?( ?[A-Za-z]{3})?$/),
  fc.double(),
  fc.double({ min: -10, max: 3e6 }),
  fc.integer({ min: 2_958_400, max: 2_958_470 }),
  fc.boolean(),
  fc.constant(null),
  fc.record({ error: fc.constantFrom('#N/A', '#DIV/0!', '#VALUE!') }),
);
const zone = fc.constantFrom(
  'UTC',
  'Europe/Paris',
  'America/New_York',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
);
const format = fc.constantFrom(null, '0.0%', 'General', 'yyyy-mm-dd');

describe('every reader of every column', () => {
  it('returns a value or an issue for any cell, and never throws', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...readers),
        cell,
        zone,
        format,
        ([name, read], raw, timeZone, numberFormat) => {
          const result = read(raw, { column: name, timeZone, numberFormat });
          if (result.ok) expect(result.value === undefined).toBe(false);
          else expect(typeof result.detail.code).toBe('string');
        },
      ),
      { numRuns: 3000 },
    );
  });
});
