import type { RunStep } from '../../../src/excel/operator-actions';

/** The named steps of a run, as the progress view lists them. */
export const STEP_TEXT: Readonly<Record<RunStep, string>> = {
  reading: 'Reading the workbook',
  checking: 'Checking the input',
  computing: 'Working out the reports',
  writing: 'Writing to the workbook',
  done: 'Done',
};

/** The steps of checks (nothing written) and of a write (which reads and checks again first). */
export const STEPS_OF: Readonly<Record<'check' | 'write', readonly RunStep[]>> = {
  check: ['reading', 'checking', 'computing', 'done'],
  write: ['reading', 'checking', 'computing', 'writing', 'done'],
};
