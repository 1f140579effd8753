import type { AddSheetOp } from '../../../workbook/plan/write-plan';
import { requestCost } from '../request-size';
import type { WriteStep } from '../write-step';
import { chartStep, printStep, ragSteps, tabColorStep } from './sheet-object-steps';
import { columnWidthSteps, mergeSteps, rowHeightSteps, styleSteps } from './style-steps';
import { cellSteps } from './value-steps';

/**
 * Steps of an `addSheet` op (a Report or CMO Feedback sheet): the sheet, its values and number
 * formats, styles, merges, column widths, row heights and tab colour, then RAG conditional formats, charts and
 * print setup.
 *
 * @example addSheetSteps(reportOp).filter((s) => s.phase === 'objects').length // RAG + charts + print
 */
export function addSheetSteps(op: AddSheetOp): WriteStep[] {
  return [
    {
      phase: 'structure',
      bytes: requestCost({ paths: 2, actions: 1, payload: op.name }),
      queue: (context) => void context.workbook.worksheets.add(op.name),
    },
    ...cellSteps(op.name, op.cells),
    ...styleSteps(op.name, op.cells),
    ...mergeSteps(op.name, op.merges),
    ...columnWidthSteps(op.name, op.columnWidths),
    ...rowHeightSteps(op.name, op.rowHeights ?? {}),
    ...(op.tabColor === undefined ? [] : [tabColorStep(op.name, op.tabColor)]),
    ...op.rag.flatMap((rule) => ragSteps(op.name, rule, op.cells)),
    ...op.charts.map((chart) => chartStep(op.name, chart)),
    printStep(op),
  ];
}
