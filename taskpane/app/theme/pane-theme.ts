/** The Office theme as the pane uses it: Fluent's web light or web dark theme. */
export type PaneTheme = 'light' | 'dark';

/**
 * The pane theme for an Office background colour (`Office.context.officeTheme.bodyBackgroundColor`,
 * `#RRGGBB` or `#RGB`): dark when its relative luminance (WCAG 2) is below 0.5, else light. A colour
 * that does not parse gives light, Office's default.
 *
 * @example themeForBackground('#1F1F1F') // 'dark'
 * @example themeForBackground('#FFFFFF') // 'light'
 */
export function themeForBackground(color: string | undefined): PaneTheme {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color?.trim() ?? '')?.[1];
  if (hex === undefined) return 'light';
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const [r = 0, g = 0, b = 0] = [0, 2, 4].map((i) => linear(parseInt(full.slice(i, i + 2), 16) / 255));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? 'dark' : 'light';
}

function linear(channel: number): number {
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}
