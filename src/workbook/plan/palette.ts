import type { EscalationSeverity } from '../../engine/report/output-schemas';
import type { OverallStatus } from '../../engine/model/statuses';
import type { CellStyle } from './write-plan';

/**
 * Every colour the tool writes. Each fill comes with its own font colour, so a cell reads the same
 * whether Excel shows a light or a dark theme; text without a fill keeps the theme's colour.
 */
const RED = { fill: '#C62828', fontColor: '#FFFFFF' } as const;
const AMBER = { fill: '#F9A825', fontColor: '#1A1A1A' } as const;
const GREEN = { fill: '#2E7D32', fontColor: '#FFFFFF' } as const;
const NEUTRAL = { fill: '#CFD8DC', fontColor: '#1A1A1A' } as const;
const NAVY = { fill: '#1F4E79', fontColor: '#FFFFFF' } as const;
const PALE_BLUE = { fill: '#D6E4F0', fontColor: '#1A1A1A' } as const;

export type Rag = 'red' | 'amber' | 'green';

export const RAG_FILL: Readonly<Record<Rag, { fill: string; fontColor: string }>> = {
  red: RED,
  amber: AMBER,
  green: GREEN,
};

/** failed/delayed → red, at_risk → amber, on_track/completed → green. */
export const STATUS_RAG: Readonly<Record<OverallStatus, Rag>> = {
  failed: 'red',
  delayed: 'red',
  at_risk: 'amber',
  on_track: 'green',
  completed: 'green',
};

export const STYLES = {
  title: { bold: true, fontSize: 16 },
  subtitle: { italic: true },
  section: { bold: true, fontSize: 12, ...NAVY },
  tableHeader: { bold: true, borderBottom: true, ...PALE_BLUE },
  label: { bold: true },
  json: { monospace: true },
  continued: { italic: true },
  banner: (rag: Rag): CellStyle => ({ bold: true, fontSize: 14, horizontal: 'center', ...RAG_FILL[rag] }),
  severity: (severity: EscalationSeverity): CellStyle => ({
    bold: true,
    ...(severity === 'critical' ? RED : severity === 'high' ? AMBER : NEUTRAL),
  }),
  issueSeverity: (severity: number): CellStyle =>
    severity >= 8 ? { bold: true, ...RED } : severity >= 5 ? { bold: true, ...AMBER } : { bold: true },
} as const satisfies Record<string, CellStyle | ((x: never) => CellStyle)>;

/** Tab colours of the sheets a run adds. */
export const TAB_COLORS = {
  report: (status: OverallStatus): string => RAG_FILL[STATUS_RAG[status]].fill,
  feedback: NAVY.fill,
} as const;
