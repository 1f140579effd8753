// The playground page: the add-in's task pane in an iframe (320 px wide, as in Excel) beside a
// read-only grid of the in-memory workbook the pane works on (docs/taskpane.md, "The playground").
import type { GridView } from './grid-model';
import { playgroundOptions, playgroundQuery, type PlaygroundOptions } from './options';
import type { PanePlayground, PaneWindow } from './pane-office';

const LIMITS = { maxRows: 300, maxColumns: 30 };
const POLL_MS = 250;

const options = playgroundOptions(window.location.search);
document.documentElement.classList.toggle('dark', options.theme === 'dark');

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`the playground page has no #${id}`);
  return found as T;
}

const pane = element<HTMLIFrameElement>('pane');
pane.src = `taskpane.html${playgroundQuery(options)}`;

const links: ReadonlyArray<readonly [string, Partial<PlaygroundOptions>]> = [
  ['open-empty', { workbook: 'empty' }],
  ['open-sample', { workbook: 'sample' }],
  ['theme-light', { theme: 'light' }],
  ['theme-dark', { theme: 'dark' }],
];
for (const [id, change] of links)
  element<HTMLAnchorElement>(id).href = playgroundQuery({ ...options, ...change });

/** The pane window's playground, once its stand-in for Office.js has run. */
function playground(): PanePlayground | null {
  const win = pane.contentWindow as unknown as Partial<PaneWindow> | null;
  return win?.__playground ?? null;
}

/** Runs `work` on the pane's playground; a refusal (Excel editing a cell) is shown, not thrown. */
function withPlayground(work: (p: PanePlayground) => Promise<void> | void): void {
  const p = playground();
  if (p === null) return;
  Promise.resolve(work(p)).catch((error: unknown) => {
    element('selection').textContent =
      `Excel refused: ${error instanceof Error ? error.message : String(error)}`;
  });
}

element('paste-export').addEventListener('click', () => withPlayground((p) => p.pasteExport()));
element('ribbon-run').addEventListener('click', () => withPlayground((p) => p.pressRibbon('runChecks')));
element<HTMLInputElement>('edit-cell').addEventListener('change', (event) =>
  withPlayground((p) => p.editCell((event.target as HTMLInputElement).checked)),
);

let anchor: { row: number; column: number } | null = null;

function drawTabs(view: GridView): void {
  const tabs = element('sheet-tabs');
  tabs.replaceChildren(
    ...view.sheets.map((name) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = name;
      button.setAttribute('aria-pressed', String(name === view.active));
      button.addEventListener('click', () => withPlayground((p) => p.select(name)));
      return button;
    }),
  );
}

function drawGrid(view: GridView): void {
  const table = document.createElement('table');
  table.className = 'grid';
  const head = table.createTHead().insertRow();
  head.append(document.createElement('th'));
  for (const letters of view.columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = letters;
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of view.rows) {
    const tr = body.insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    th.className = 'row';
    th.textContent = String(row.number);
    tr.append(th);
    row.cells.forEach((cell, c) => {
      const td = tr.insertCell();
      td.textContent = cell.text;
      td.title = cell.text;
      if (cell.selected) td.className = 'selected';
      if (cell.style.fill !== undefined) td.style.background = cell.style.fill;
      if (cell.style.fontColor !== undefined) td.style.color = cell.style.fontColor;
      if (cell.style.bold === true) td.style.fontWeight = '600';
      if (cell.style.italic === true) td.style.fontStyle = 'italic';
      if (cell.style.horizontal === 'Right' || cell.style.horizontal === 'right')
        td.style.textAlign = 'right';
      td.addEventListener('click', (event) => {
        const at = { row: row.number - 1, column: c };
        const from = event.shiftKey && anchor !== null ? anchor : at;
        if (!event.shiftKey) anchor = at;
        const a1 = (p: { row: number; column: number }) => `${view.columns[p.column] ?? 'A'}${p.row + 1}`;
        const top = { row: Math.min(from.row, at.row), column: Math.min(from.column, at.column) };
        const bottom = { row: Math.max(from.row, at.row), column: Math.max(from.column, at.column) };
        withPlayground((p) => p.select(view.active, `${a1(top)}:${a1(bottom)}`));
      });
    });
  }
  if (view.hidden.rows > 0 || view.hidden.columns > 0) {
    table.createCaption().textContent = `Showing the first ${view.rows.length} rows and ${view.columns.length} columns; ${view.hidden.rows} more rows and ${view.hidden.columns} more columns are not drawn.`;
  }
  element('grid-scroll').replaceChildren(table);
  element('selection').textContent = `${view.active}!${view.selection === '' ? '—' : view.selection}`;
}

let shown = '';
/** Redraws when the workbook, the active sheet or the selection changed (cheap to ask). */
function refresh(): void {
  const p = playground();
  if (p === null) return;
  const version = p.version();
  if (version === shown) return;
  shown = version;
  const view = p.grid(LIMITS);
  drawTabs(view);
  drawGrid(view);
}

window.setInterval(refresh, POLL_MS);
