/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { renderPane, type RenderedPane } from './testing/render-pane';
import { IMPORT_PROBLEM_ANSWER } from './testing/import-fixtures';
import { INPUT_ERRORS, WARNING, samplePreview } from './testing/run-fixtures';

/**
 * jsdom lays nothing out, so widths cannot be measured; these tests read the computed CSS instead
 * (Fluent's styles are real stylesheet rules in jsdom) and check the rules that keep a 320 px pane
 * from scrolling sideways.
 */
const PANE_WIDTH = 320;

const longPreview = samplePreview({
  warnings: [
    {
      ...WARNING,
      text: `KPIs!D5: ${'Supercalifragilistic'.repeat(8)} is not a number; the KPI is left out.`,
    },
  ],
});

async function checkedPane(): Promise<RenderedPane> {
  const pane = await renderPane({ prepareRun: () => Promise.resolve(longPreview) });
  await screen.findByRole('option', { name: 'Spring launch (C-SPRING)' });
  await pane.user.click(screen.getByRole('button', { name: 'Run checks' }));
  await screen.findByRole('heading', { name: 'Checked — nothing written yet' });
  return pane;
}

async function writtenPane(): Promise<RenderedPane> {
  const pane = await checkedPane();
  await pane.user.click(screen.getByRole('button', { name: /^Write report/ }));
  await screen.findByRole('heading', { name: 'Report written' });
  // Every section open, so their contents are checked too.
  for (const header of screen.getAllByRole('button', { expanded: false })) await pane.user.click(header);
  return pane;
}

async function problemsPane(): Promise<RenderedPane> {
  const pane = await renderPane({
    prepareRun: () => Promise.resolve({ kind: 'input_problems', issues: INPUT_ERRORS }),
  });
  await screen.findByRole('option', { name: 'Spring launch (C-SPRING)' });
  await pane.user.click(screen.getByRole('button', { name: 'Run checks' }));
  await screen.findByRole('heading', { name: 'Fix the workbook, then run the checks again' });
  return pane;
}

async function importPane(): Promise<RenderedPane> {
  const pane = await renderPane({ prepareImport: () => Promise.resolve(IMPORT_PROBLEM_ANSWER) });
  await screen.findByRole('option', { name: 'Spring launch (C-SPRING)' });
  await pane.user.click(screen.getByRole('tab', { name: 'Import' }));
  await pane.user.click(screen.getByRole('button', { name: 'Import pasted range' }));
  await screen.findByRole('heading', { name: 'Nothing was imported' });
  return pane;
}

async function importPreviewPane(): Promise<RenderedPane> {
  const pane = await renderPane();
  await screen.findByRole('option', { name: 'Spring launch (C-SPRING)' });
  await pane.user.click(screen.getByRole('tab', { name: 'Import' }));
  await pane.user.click(screen.getByRole('button', { name: 'Import pasted range' }));
  await screen.findByRole('heading', { name: 'Review the import' });
  return pane;
}

const paneElements = () => Array.from(document.querySelectorAll('main, main *'));
const px = (value: string) => /^(\d+(?:\.\d+)?)px$/.exec(value)?.[1] ?? null;
const isVisuallyHidden = (el: Element) => getComputedStyle(el).width === '1px';
/**
 * Rows that stay on one line: the few short tabs, the select with its arrow, a divider's rule, a
 * radio's circle, a message bar's icon, an accordion header's chevron and button (its title wraps
 * inside). The browser test measures their real width at 320 px.
 */
const ONE_LINE = [
  'fui-TabList',
  'fui-Select',
  'fui-Divider',
  'fui-Radio__indicator',
  'fui-MessageBar__icon',
  'fui-AccordionHeader__button',
  'fui-AccordionHeader__expandIcon',
];
const mayKeepOneLine = (el: Element) => ONE_LINE.some((c) => el.classList.contains(c));
/** Fluent's MessageBar sets `nowrap` for its one-line layout; ours are all multiline, which wraps. */
const wrapsAnyway = (el: Element) => el.classList.contains('fui-MessageBar');

jest.setTimeout(60_000);

/** `overflow-wrap` is inherited, which jsdom does not compute: the nearest element that sets it decides. */
function overflowWrapOf(el: Element | null): string {
  for (let at = el; at !== null; at = at.parentElement) {
    const value = getComputedStyle(at).overflowWrap;
    if (value !== '') return value;
  }
  return 'normal';
}

describe.each([
  ['the checks’ result', checkedPane],
  ['what was written, every section open', writtenPane],
  ['input problems', problemsPane],
  ['the import fields and problems', importPane],
  ['the import preview', importPreviewPane],
])('at 320 px: %s', (_name, open) => {
  it('sets no width or minimum width wider than the pane', async () => {
    await open();
    const tooWide = paneElements().flatMap((el) => {
      const style = getComputedStyle(el);
      return ['width', 'min-width'].flatMap((prop) => {
        const n = px(style.getPropertyValue(prop));
        return n !== null && Number(n) > PANE_WIDTH ? [`${el.tagName} ${prop}=${n}px`] : [];
      });
    });
    expect(tooWide).toEqual([]);
  });

  it('keeps no text on one line, except the visually hidden live region', async () => {
    await open();
    const nowrap = paneElements().filter(
      (el) => getComputedStyle(el).whiteSpace === 'nowrap' && !isVisuallyHidden(el) && !wrapsAnyway(el),
    );
    expect(nowrap.map((el) => el.outerHTML.slice(0, 80))).toEqual([]);
  });

  it('wraps every horizontal row of ours', async () => {
    await open();
    const rows = paneElements().filter((el) => {
      const style = getComputedStyle(el);
      return (
        style.display === 'flex' &&
        (style.flexDirection === '' || style.flexDirection === 'row') &&
        style.flexWrap !== 'wrap' &&
        !mayKeepOneLine(el)
      );
    });
    expect(rows.map((el) => `${el.tagName}.${el.className}`)).toEqual([]);
  });

  it('has no table and no sideways scrolling area; long words break anywhere', async () => {
    await open();
    expect(document.querySelectorAll('main table')).toHaveLength(0);
    const scrolling = paneElements().filter((el) => /auto|scroll/.test(getComputedStyle(el).overflowX));
    expect(scrolling).toEqual([]);
    const main = screen.getByRole('main');
    const text = Array.from(main.querySelectorAll('p, li, dd, h2, h3, h4, h5'));
    expect(
      text.filter((el) => overflowWrapOf(el) !== 'anywhere').map((el) => el.outerHTML.slice(0, 80)),
    ).toEqual([]);
    expect(getComputedStyle(main).minWidth).toBe('0');
    expect(getComputedStyle(main).maxWidth).toBe('100%');
  });
});

it('breaks a long unbroken warning inside its message', async () => {
  await writtenPane();
  const text = screen.getByText(/Supercalifragilistic/);
  expect(overflowWrapOf(text)).toBe('anywhere');
});
