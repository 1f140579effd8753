/// <reference types="office-js" />
import type { AddSheetOp, ChartSpec, PlanCell, RagRule } from '../../../workbook/plan/write-plan';
import { RAG_FILL } from '../../../workbook/plan/palette';
import { solidRects } from '../cell-blocks';
import { requestCost } from '../request-size';
import { localA1, rangeOn, worksheet, type WriteStep } from '../write-step';

const CHART_TYPES = { barClustered: 'BarClustered', columnClustered: 'ColumnClustered' } as const;

function cellValueFormat(
  range: Excel.Range,
  colours: { readonly fill: string; readonly fontColor: string },
  rule: Excel.ConditionalCellValueRule,
): void {
  const format = range.conditionalFormats.add('CellValue');
  format.cellValue.format.fill.color = colours.fill;
  format.cellValue.format.font.color = colours.fontColor;
  format.cellValue.rule = rule;
}

/**
 * Red/amber/green conditional formats over the numeric cells of a RAG range: red below
 * `redBelow`, amber up to `greenFrom`, green from `greenFrom`. Text cells (DATA PENDING …) get
 * none: Excel compares text as greater than any number, so a `≥` rule would colour them green.
 * The rule added last has the highest priority, so the boundary `greenFrom` shows green.
 *
 * @example ragSteps('Report', { range, redBelow: 50, greenFrom: 100 }, op.cells) // one step per numeric block
 */
export function ragSteps(sheet: string, rule: RagRule, cells: readonly PlanCell[]): WriteStep[] {
  const { range } = rule;
  const numeric = cells.filter(
    (c) =>
      typeof c.value === 'number' &&
      c.row >= range.row &&
      c.row < range.row + range.rows &&
      c.column >= range.column &&
      c.column < range.column + range.columns,
  );
  return solidRects(numeric).map((rect) => ({
    phase: 'objects' as const,
    bytes: requestCost({ paths: 24, actions: 9, payload: RAG_FILL }),
    queue: (context: Excel.RequestContext) => {
      const target = rangeOn(context, sheet, rect);
      cellValueFormat(target, RAG_FILL.amber, {
        formula1: `=${rule.redBelow}`,
        formula2: `=${rule.greenFrom}`,
        operator: 'Between',
      });
      cellValueFormat(target, RAG_FILL.red, { formula1: `=${rule.redBelow}`, operator: 'LessThan' });
      cellValueFormat(target, RAG_FILL.green, {
        formula1: `=${rule.greenFrom}`,
        operator: 'GreaterThanOrEqual',
      });
    },
  }));
}

/**
 * A native chart over the plan's data range, titled and placed over its anchor cells.
 *
 * @example chartStep('Report', { type: 'barClustered', title: 'KPI percent of target', data, anchor })
 */
export function chartStep(sheet: string, chart: ChartSpec): WriteStep {
  const { anchor } = chart;
  const end = {
    row: anchor.row + anchor.rows - 1,
    column: anchor.column + anchor.columns - 1,
    rows: 1,
    columns: 1,
  };
  return {
    phase: 'objects',
    bytes: requestCost({ paths: 6, actions: 3, payload: chart }),
    queue: (context) => {
      const ws = worksheet(context, sheet);
      const made = ws.charts.add(CHART_TYPES[chart.type], ws.getRange(localA1(chart.data)), 'Columns');
      made.title.text = chart.title;
      made.setPosition(localA1({ ...anchor, rows: 1, columns: 1 }), localA1(end));
    },
  };
}

/**
 * Print setup: orientation, one page wide (as many tall as needed), and the print area.
 *
 * @example printStep(reportOp) // Portrait, zoom { horizontalFitToPages: 1, verticalFitToPages: 0 }, A1:H120
 */
export function printStep(op: AddSheetOp): WriteStep {
  const { print } = op;
  return {
    phase: 'objects',
    bytes: requestCost({ paths: 4, actions: 3, payload: print }),
    queue: (context) => {
      const layout = worksheet(context, op.name).pageLayout;
      layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      layout.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: 0 };
      layout.setPrintArea(localA1(print.area));
    },
  };
}

/**
 * The sheet's tab colour.
 *
 * @example tabColorStep('Report', '#2E7D32')
 */
export function tabColorStep(sheet: string, color: string): WriteStep {
  return {
    phase: 'formats',
    bytes: requestCost({ paths: 2, actions: 1, payload: color }),
    queue: (context) => {
      worksheet(context, sheet).tabColor = color;
    },
  };
}
