// Layout checks in the page: text boxes that overlap each other, and horizontal scrolling.
import type { Page } from 'playwright-core';

export interface Overlap {
  a: string;
  b: string;
}

/**
 * Every pair of visible text boxes under `selector` that overlap by more than a pixel each way.
 * A text node's boxes are its line boxes (Range.getClientRects), clipped to every ancestor that
 * hides or scrolls its overflow, so text scrolled out of a list does not count.
 */
export function overlappingText(page: Page, selector: string): Promise<Overlap[]> {
  return page.evaluate((sel) => {
    type Box = { l: number; t: number; r: number; b: number; text: string; node: Node };
    const roots = [...document.querySelectorAll(sel)];
    const boxes: Box[] = [];
    const clip = (el: Element | null, box: Box): Box | null => {
      let b: Box | null = box;
      for (let e = el; e && b; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.visibility === 'hidden' || style.opacity === '0') return null;
        if (
          style.overflowX === 'visible' &&
          style.overflowY === 'visible' &&
          style.clipPath === 'none'
        )
          continue;
        const c = e.getBoundingClientRect();
        b = {
          ...b,
          l: Math.max(b.l, c.left),
          t: Math.max(b.t, c.top),
          r: Math.min(b.r, c.right),
          b: Math.min(b.b, c.bottom),
        };
        if (b.r - b.l < 2 || b.b - b.t < 2) return null;
      }
      return b;
    };
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode;
        const text = (node.textContent ?? '').trim();
        if (!text) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) {
          if (r.width < 2 || r.height < 2) continue;
          const b = clip(node.parentElement, {
            l: r.left,
            t: r.top,
            r: r.right,
            b: r.bottom,
            text,
            node,
          });
          if (b) boxes.push(b);
        }
      }
    }
    const found: { a: string; b: string }[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const p = boxes[i]!;
        const q = boxes[j]!;
        if (p.node === q.node) continue;
        const w = Math.min(p.r, q.r) - Math.max(p.l, q.l);
        const h = Math.min(p.b, q.b) - Math.max(p.t, q.t);
        if (w > 1 && h > 1) found.push({ a: p.text.slice(0, 60), b: q.text.slice(0, 60) });
      }
    return found;
  }, selector);
}

/** How far an element (and the page) scrolls sideways: 0 when everything fits. */
export function sidewaysScroll(
  page: Page,
  selector: string,
): Promise<{ element: number; page: number }> {
  return page.evaluate((sel) => {
    const e = document.querySelector(sel);
    return {
      element: e ? Math.max(0, e.scrollWidth - e.clientWidth) : -1,
      page: Math.max(0, document.documentElement.scrollWidth - window.innerWidth),
    };
  }, selector);
}
