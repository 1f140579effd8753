import type { RunStep } from '../../../src/excel/operator-actions';

/** The named steps of a run, as the progress view lists them. */
export const STEP_TEXT: Readonly<Record<RunStep, string>> = {
  reading: 'Reading the workbook',
  checking: 'Checking the input',
  computing: 'Computing the reports',
  writing: 'Writing to the workbook',
  done: 'Done',
};
