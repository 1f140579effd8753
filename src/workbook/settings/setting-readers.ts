import type { Settings } from '../../engine/model/settings';
import { atLeast } from '../cells/at-least';
import type { CellReader } from '../cells/cell-read';
import { readCurrency } from '../cells/read-currency';
import { readDateTime, readLocalDate } from '../cells/read-date';
import { readInteger, readNumber } from '../cells/read-number';
import { readNumberStyle } from '../cells/read-number-style';
import { readPercentPoints } from '../cells/read-percent-points';
import { readTimeZone } from '../cells/read-time-zone';

/** How each setting's Value cell is read. A blank Value keeps the default. */
export const SETTING_READERS: { [K in keyof Settings]: CellReader<NonNullable<Settings[K]>> } = {
  /** A date with no time is the end of that day: the report covers all of it. */
  asOf: readDateTime('end'),
  timeZone: readTimeZone,
  currency: readCurrency,
  retryLimit: atLeast(readInteger, 1, true),
  blockedEscalationHours: atLeast(readNumber, 0, false),
  performanceThresholdPct: atLeast(readPercentPoints, 0, false),
  budgetFlagSpentPct: atLeast(readPercentPoints, 0, true),
  budgetFlagCompletionPct: atLeast(readPercentPoints, 0, true),
  minClicksForComparison: atLeast(readNumber, 0, true),
  dataEta: readLocalDate,
  timelineAtRiskGapPct: atLeast(readPercentPoints, 0, true),
  timelineDelayedGapPct: atLeast(readPercentPoints, 0, true),
  numberFormat: readNumberStyle,
};
