import { readFileSync } from 'node:fs';
import type { AxeResults } from 'axe-core';
import type { Frame } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The one known false positive, excluded for its rule only: Tabster, Fluent UI's focus manager,
 * puts focus sentinels (`<i data-tabster-dummy aria-hidden tabindex=0>`) around tab lists, focus
 * traps and scrolling areas. They are focusable and hidden on purpose, handing focus on the moment
 * they get it, so axe's `aria-hidden-focus` reports them (microsoft/tabster#288). Every rule runs on
 * every element; only this rule's findings on these sentinels are dropped.
 */
export const TABSTER_SENTINEL = { rule: 'aria-hidden-focus', selector: '[data-tabster-dummy]' } as const;

/**
 * axe-core's violations in the frame as it is rendered once its transitions end (colour contrast
 * included: Chromium lays the page out), as `rule: html (summary)` lines; empty when there are none. axe is evaluated
 * through the DevTools protocol, so the page's policy still forbids every script of its own.
 *
 * @example expect(await axeViolationsIn(pane)).toEqual([])
 */
export async function axeViolationsIn(frame: Frame): Promise<string[]> {
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(AXE_SOURCE);
  return frame.evaluate(async (sentinel) => {
    const { axe } = window as unknown as { axe: { run(context: Document): Promise<AxeResults> } };
    // Colours as they settle: a button that just became enabled fades into its colour (Fluent's
    // transitions), and axe would measure it halfway. Spinners repeat forever: not waited for.
    const settling = document
      .getAnimations()
      .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
      .map((a) => a.finished.catch(() => undefined));
    await Promise.all(settling);
    const result = await axe.run(document);
    const element = (target: unknown) => (typeof target === 'string' ? document.querySelector(target) : null);
    const isSentinel = (target: unknown) => element(target)?.matches(sentinel.selector) === true;
    return result.violations.flatMap((v) =>
      v.nodes
        .filter((n) => !(v.id === sentinel.rule && isSentinel(n.target[0])))
        .map((n) => {
          const text = (element(n.target[0])?.textContent ?? '').slice(0, 60);
          return `${v.id}: ${n.html} "${text}" (${n.failureSummary ?? ''})`;
        }),
    );
  }, TABSTER_SENTINEL);
}

/** Elements that stick out of the 320 px pane (the pane would scroll sideways), as `tag.class` lines. */
export function overflowIn(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = Array.from(document.querySelectorAll('body *')).filter(
      (el) => el.getBoundingClientRect().right > width + 0.5,
    );
    return wide.map((el) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0] ?? ''}`);
  });
}

/**
 * The buttons drawn as primary — filled with the theme's brand colour — that the pane shows now,
 * by their text. A view should have one.
 */
export function primaryButtonsIn(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const provider = document.querySelector('.fui-FluentProvider');
    if (provider === null) return [];
    const probe = document.createElement('span');
    probe.style.backgroundColor = getComputedStyle(provider).getPropertyValue('--colorBrandBackground');
    provider.append(probe);
    const brand = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return Array.from(document.querySelectorAll('button'))
      .filter((b) => b.getClientRects().length > 0 && getComputedStyle(b).backgroundColor === brand)
      .map((b) => b.textContent ?? '');
  });
}

/** Starts recording the frame's long tasks (over 50 ms of its main thread): a PerformanceObserver. */
export function watchLongTasks(frame: Frame): Promise<void> {
  return frame.evaluate(() => {
    const page = window as unknown as { __longTasks: number[] };
    page.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) page.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
}

/** The long tasks recorded since `watchLongTasks`, in milliseconds (empty: none over 50 ms). */
export function longTasksIn(frame: Frame): Promise<number[]> {
  return frame.evaluate(() => [...((window as unknown as { __longTasks?: number[] }).__longTasks ?? [])]);
}

/** The focused element's outline as drawn (`2px solid rgb(…)`), or `none`. */
export function focusOutlineIn(frame: Frame): Promise<string> {
  return frame.evaluate(() => {
    const el = document.activeElement;
    if (el === null || el === document.body) return 'none';
    const style = getComputedStyle(el);
    return style.outlineStyle === 'none' || style.outlineWidth === '0px'
      ? 'none'
      : `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`;
  });
}
