// A walk through a view with the Tab key, judged in the page: where each Tab press put focus,
// whether the element showed that it had focus (its look, or its field's, changes when focus
// leaves it again), which of the view's controls the walk never reached, and which results are
// cut off where no key can scroll to them.
import type { Page } from 'playwright-core';

interface Stop {
  /** tag[role] and accessible-ish name, for messages. */
  name: string;
  /** Inside the element the walk is about (e.g. the pane). */
  inside: boolean;
  /** Some of the focused element is in the window (the browser scrolled it there). */
  onScreen: boolean;
}

interface WalkState {
  reached: Set<Element>;
  prev: Element | null;
  prevLook: string;
  unmarked: string[];
  backwards: string[];
}

type WalkWindow = Window & { __rammeWalk?: WalkState };

/** Starts a walk: forgets what an earlier walk reached. */
async function startWalk(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as WalkWindow).__rammeWalk = {
      reached: new Set(),
      prev: null,
      prevLook: '',
      unmarked: [],
      backwards: [],
    };
  });
}

/**
 * After a Tab press: records the focused element and judges the one before it. A focus
 * indicator is whatever outline, shadow, border, underline or background the element, its parent
 * or grandparent (Fluent draws a field's on the wrapper), or their ::before/::after, show only
 * while it has focus.
 */
function step(page: Page, inside: string): Promise<Stop> {
  return page.evaluate((sel) => {
    const w = (window as WalkWindow).__rammeWalk!;
    const PROPS = [
      'outline-style',
      'outline-width',
      'outline-color',
      'box-shadow',
      'border-top-color',
      'border-bottom-color',
      'border-left-color',
      'border-right-color',
      'border-bottom-width',
      'text-decoration-line',
      'text-decoration-style',
      'background-color',
    ];
    const look = (e: Element): string => {
      const parts: string[] = [];
      for (let n: Element | null = e, i = 0; n && i < 3; n = n.parentElement, i++)
        for (const pseudo of [null, '::before', '::after']) {
          const st = getComputedStyle(n, pseudo);
          parts.push(PROPS.map((p) => st.getPropertyValue(p)).join('|'), st.content);
        }
      return parts.join(';');
    };
    const describe = (e: Element): string => {
      const labels = (e as HTMLInputElement).labels;
      const name =
        e.getAttribute('aria-label') ??
        (labels && labels.length > 0 ? labels[0]!.textContent : null) ??
        e.textContent ??
        '';
      const role = e.getAttribute('role') ?? e.getAttribute('type') ?? '';
      return `${e.tagName.toLowerCase()}[${role}] ${name.trim().slice(0, 50)}`;
    };
    const e = document.activeElement;
    if (w.prev && w.prev !== e) {
      if (w.prev.isConnected && look(w.prev) === w.prevLook) w.unmarked.push(describe(w.prev));
      // Tab goes forward through the page as it reads (no positive tabindex, no jumps back).
      if (
        e &&
        e !== document.body &&
        w.prev.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_PRECEDING
      )
        w.backwards.push(`${describe(w.prev)} → ${describe(e)}`);
      // …and down it as it is seen (no CSS order or reversed rows sending focus up).
      const top = (x: Element) => x.getBoundingClientRect().top + window.scrollY;
      if (
        e &&
        e !== document.body &&
        e.closest(sel) &&
        w.prev.closest(sel) &&
        top(e) < top(w.prev) - 4
      )
        w.backwards.push(`${describe(w.prev)} ↑ ${describe(e)}`);
    }
    if (!e || e === document.body) {
      w.prev = null;
      return { name: '(none)', inside: false, onScreen: false };
    }
    w.reached.add(e);
    w.prev = e;
    w.prevLook = look(e);
    const r = e.getBoundingClientRect();
    const onScreen =
      r.width > 0 &&
      r.height > 0 &&
      r.bottom > 0 &&
      r.right > 0 &&
      r.top < window.innerHeight &&
      r.left < window.innerWidth;
    return { name: describe(e), inside: e.closest(sel) !== null, onScreen };
  }, inside);
}

/** The elements that lost focus during the walk without ever having shown it. */
function unmarked(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as WalkWindow).__rammeWalk!.unmarked);
}

/** The Tab presses that went back up the page (in its order, or as it is shown). */
function backwards(page: Page): Promise<string[]> {
  return page.evaluate(() => [...new Set((window as WalkWindow).__rammeWalk!.backwards)]);
}

/**
 * The controls under `scope` a Tab walk should have reached but did not: every enabled, shown
 * element that takes focus; of a radio group, one radio (the arrows move within the group).
 */
function unreached(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const w = (window as WalkWindow).__rammeWalk!;
    const reachedGroups = new Set(
      [...w.reached]
        .filter((e) => e instanceof HTMLInputElement && e.type === 'radio')
        .map((e) => (e as HTMLInputElement).name),
    );
    // An arrow-key group (Fluent's mover: a chart's bars, a legend) is one Tab stop, as a radio
    // group is: reaching one of its items reaches the group.
    const MOVER = '[data-tabster*="mover"]';
    const reachedMovers = new Set([...w.reached].map((e) => e.closest(MOVER)).filter(Boolean));
    const controls = document.querySelectorAll<HTMLElement>(
      `${sel} :is(a[href], button, input, select, textarea, [tabindex])`,
    );
    return [...controls]
      .filter(
        (e) =>
          e.tabIndex >= 0 &&
          !(e as HTMLButtonElement).disabled &&
          e.getClientRects().length > 0 &&
          getComputedStyle(e).visibility !== 'hidden' &&
          !e.closest('[data-tabster-dummy], [hidden], [inert], [aria-hidden=true]'),
      )
      .filter((e) => !w.reached.has(e))
      .filter(
        (e) => !(e instanceof HTMLInputElement && e.type === 'radio' && reachedGroups.has(e.name)),
      )
      .filter((e) => !reachedMovers.has(e.closest(MOVER)))
      .map(
        (e) =>
          `${e.tagName.toLowerCase()} ${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 50)}`,
      );
  }, scope);
}

/**
 * Results under `scope` that no key brings into view: cut off by an ancestor that hides its
 * overflow, or inside a scrolling box that neither takes focus nor holds anything that does.
 */
function cutOff(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const focusable = (e: Element) =>
      (e as HTMLElement).tabIndex >= 0 ||
      e.querySelector(
        'a[href], button:not([disabled]), input, select, textarea, [tabindex="0"]',
      ) !== null;
    const out: string[] = [];
    const results = document.querySelectorAll(
      `${sel} :is(table, ul, ol, [role=status], .fui-MessageBar, .fui-Caption1)`,
    );
    for (const el of results) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
        const st = getComputedStyle(a);
        const ox = st.overflowX;
        const oy = st.overflowY;
        if (ox === 'visible' && oy === 'visible') continue;
        const c = a.getBoundingClientRect();
        const scrolls = ['auto', 'scroll'].includes(ox) || ['auto', 'scroll'].includes(oy);
        const overflows = a.scrollWidth > a.clientWidth + 1 || a.scrollHeight > a.clientHeight + 1;
        const outside =
          r.left < c.left - 1 ||
          r.right > c.right + 1 ||
          r.top < c.top - 1 ||
          r.bottom > c.bottom + 1;
        if (scrolls && overflows && !focusable(a))
          out.push(`${el.tagName.toLowerCase()} in a scrolling box no key reaches`);
        else if (!scrolls && outside)
          out.push(
            `${el.tagName.toLowerCase()} cut off by ${a.tagName.toLowerCase()}.${a.className}`,
          );
      }
    }
    const page = getComputedStyle(document.documentElement).overflowY;
    const body = getComputedStyle(document.body).overflowY;
    if (
      document.documentElement.scrollHeight > window.innerHeight + 1 &&
      (page === 'hidden' || body === 'hidden')
    )
      out.push('the page does not scroll');
    return out;
  }, scope);
}

/**
 * From the focused element, Tab until focus leaves `inside` (at most `max` presses; a walk that
 * never leaves is a focus trap), then Shift+Tab once, which must come back. Returns what went
 * wrong: stops out of sight, elements without a visible focus, controls under `scope` never
 * reached, results cut off.
 */
export async function walkOut(
  page: Page,
  inside: string,
  scope: string,
  max = 400,
): Promise<string[]> {
  const problems: string[] = [];
  await startWalk(page);
  await step(page, inside);
  let left = false;
  for (let i = 0; i < max && !left; i++) {
    await page.keyboard.press('Tab');
    const stop = await step(page, inside);
    if (!stop.inside) left = true;
    else if (!stop.onScreen) problems.push(`${stop.name}: focused out of sight`);
  }
  if (!left) problems.push(`focus never left in ${max} Tab presses (a trap)`);
  for (const name of await unmarked(page)) problems.push(`${name}: no visible focus`);
  for (const jump of await backwards(page)) problems.push(`Tab went back: ${jump}`);
  for (const name of await unreached(page, scope)) problems.push(`${name}: never reached with Tab`);
  for (const what of await cutOff(page, scope)) problems.push(what);
  if (left) {
    await page.keyboard.press('Shift+Tab');
    const back = await step(page, inside);
    if (!back.inside) problems.push(`Shift+Tab from after it went to ${back.name}`);
  }
  return problems;
}
