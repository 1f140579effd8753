/** A KPI's colour: red, amber or green. */
export type Rag = 'red' | 'amber' | 'green';

/**
 * The colour of a KPI's percent of target, by the report sheet's rule (docs/outputs-in-workbook.md,
 * "KPIs vs target"): red below Settings Performance Threshold %, amber from there up to 100 %,
 * green from 100 %; no colour while its data is pending.
 *
 * @example kpiRag(116.7, 50) // 'green'
 * @example kpiRag('DATA PENDING — ETA: 2026-11-25', 50) // null
 */
export function kpiRag(pctOfTarget: number | string, thresholdPct: number): Rag | null {
  if (typeof pctOfTarget !== 'number') return null;
  if (pctOfTarget < thresholdPct) return 'red';
  return pctOfTarget < 100 ? 'amber' : 'green';
}

/** How each colour is said, so it is never told by colour alone. */
export const RAG_TEXT: Readonly<Record<Rag, string>> = {
  red: 'below threshold',
  amber: 'below target',
  green: 'on target',
};
