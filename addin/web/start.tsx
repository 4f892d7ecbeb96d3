import { createRoot, type Root } from 'react-dom/client';
import type { Lang } from '../../core/i18n';
import { WebApp } from './WebApp';

/**
 * Shows the standalone page ("Åbn projektmappe") in `element`: what the web page runs, and what
 * the pane's entry calls when Office.onReady reports no host (the pane opened in a browser).
 */
export function startWeb(element: HTMLElement, options: { lang?: Lang } = {}): Root {
  element.replaceChildren();
  const root = createRoot(element);
  root.render(<WebApp initialLang={options.lang} />);
  return root;
}
