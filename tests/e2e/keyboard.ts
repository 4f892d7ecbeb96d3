// Keyboard-only use: move focus with Tab (or Shift+Tab) until the focused element is the one
// wanted, then act with Enter, Space, arrows or typing. No clicks.
import type { FileChooser, Page } from 'playwright-core';

export interface Focused {
  tag: string;
  role: string | null;
  type: string | null;
  name: string;
}

export function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    if (!e || e === document.body) return null;
    const labels = (e as HTMLInputElement).labels;
    const name =
      e.getAttribute('aria-label') ??
      (labels && labels.length > 0 ? labels[0]!.textContent : null) ??
      e.textContent ??
      '';
    return {
      tag: e.tagName.toLowerCase(),
      role: e.getAttribute('role'),
      type: e.getAttribute('type'),
      name: name.trim(),
    };
  });
}

/** Presses Tab (or Shift+Tab) until `want` holds for the focused element; throws after max. */
export async function tabTo(
  page: Page,
  want: (f: Focused) => boolean,
  options: { back?: boolean; max?: number } = {},
): Promise<Focused> {
  const key = options.back ? 'Shift+Tab' : 'Tab';
  const seen: string[] = [];
  for (let i = 0; i < (options.max ?? 120); i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (f && want(f)) return f;
    seen.push(f ? `${f.tag}[${f.role ?? f.type ?? ''}] ${f.name.slice(0, 40)}` : '(none)');
  }
  throw new Error(`Keyboard focus never reached the element; went through:\n${seen.join('\n')}`);
}

export const named =
  (name: string, tag?: string) =>
  (f: Focused): boolean =>
    f.name === name && (tag === undefined || f.tag === tag || f.role === tag);

/**
 * Opens the focused file input's chooser with the keyboard. On a loaded machine Chromium can
 * drop the first key press's activation, so Space is tried again and then Enter — still keys only.
 */
export async function chooseFileByKeyboard(page: Page): Promise<FileChooser> {
  for (const key of ['Space', 'Space', 'Enter']) {
    const waiting = page.waitForEvent('filechooser', { timeout: 20_000 }).catch(() => null);
    await page.keyboard.press(key);
    const chooser = await waiting;
    if (chooser) return chooser;
  }
  throw new Error('The file input never opened its chooser from the keyboard (Space, Enter).');
}
