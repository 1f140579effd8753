import { CELL_VALUE_CASES } from './cases/cell-values';
import { CHOICE_CASES, ID_CASES, SHAPE_CASES } from './cases/workbook-shape';
import { REFERENCE_CASES } from './cases/references';
import { SETTINGS_AND_TABLE_CASES } from './cases/settings-and-tables';
import { TEXT_AND_KEY_CASES } from './cases/text-and-keys';
import { ALL_AT_ONCE_CASES, SOURCE_CASES } from './cases/sources-and-all-at-once';
import { MONEY_CASES } from './cases/money';
import { ID_LOOK_CASES } from './cases/ids';
import { MERGED_CASES } from './cases/merged-cells';
import { TRANSITION_CASES } from './cases/task-updates';
import type { HostileCase } from './hostile-case';

/** Every hostile-input case, by class (docs/reliability.md counts them). */
export const HOSTILE_CASES: readonly HostileCase[] = [
  ...SHAPE_CASES,
  ...ID_CASES,
  ...CHOICE_CASES,
  ...TRANSITION_CASES,
  ...REFERENCE_CASES,
  ...CELL_VALUE_CASES,
  ...TEXT_AND_KEY_CASES,
  ...SETTINGS_AND_TABLE_CASES,
  ...SOURCE_CASES,
  ...ALL_AT_ONCE_CASES,
  ...MONEY_CASES,
  ...ID_LOOK_CASES,
  ...MERGED_CASES,
];
