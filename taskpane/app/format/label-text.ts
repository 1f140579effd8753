import type { MetricLabel } from '../../../src/engine/report/output-schemas';

/** How the pane says a figure's label (the sheets keep the spec's `[MEASURED]`). */
export const LABEL_TEXT: Readonly<Record<MetricLabel, string>> = {
  '[MEASURED]': 'Measured',
  '[ESTIMATED]': 'Estimated',
  '[PENDING]': 'Pending',
};

/**
 * A learning without its leading label, and the label in words: `[ESTIMATED] CTR…` → `Estimated`.
 *
 * @example labelled('[INFERENCE] Search converts better') // { label: 'Inference', text: 'Search converts better' }
 */
export function labelled(text: string): { readonly label: string | null; readonly text: string } {
  const m = /^\[([A-Z]+)\]\s*(.*)$/s.exec(text);
  if (m === null) return { label: null, text };
  const word = m[1] ?? '';
  return { label: word.charAt(0) + word.slice(1).toLowerCase(), text: m[2] ?? '' };
}
