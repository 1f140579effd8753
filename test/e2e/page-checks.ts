import { readFileSync } from 'node:fs';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's violations in the page as it is rendered (colour contrast included: Chromium lays the
 * page out), as `rule: html (summary)` lines; empty when there are none. axe is evaluated through
 * the DevTools protocol, so the page's policy still forbids every script of its own.
 *
 * Every rule runs; only Tabster's focus sentinels (`<i data-tabster-dummy aria-hidden tabindex=0>`,
 * which Fluent UI's focus management inserts around tab lists and focus traps) are left out of the
 * scan: they are focusable and hidden on purpose, redirecting focus the moment they get it, and axe's
 * `aria-hidden-focus` reports them (a known false positive: microsoft/tabster#288).
 *
 * @example expect(await axeViolationsIn(page)).toEqual([])
 */
export async function axeViolationsIn(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run(context: { exclude: string[][] }): Promise<AxeResults> };
    };
    const result = await axe.run({ exclude: [['[data-tabster-dummy]']] });
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${n.html} (${n.failureSummary ?? ''})`),
    );
  });
  return violations;
}

/** Elements that stick out of the 320 px pane (the pane would scroll sideways), as `tag.class` lines. */
export function overflowIn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = Array.from(document.querySelectorAll('body *')).filter(
      (el) => el.getBoundingClientRect().right > width + 0.5,
    );
    return wide.map((el) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0] ?? ''}`);
  });
}
