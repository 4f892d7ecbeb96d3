import { createRoot, type Root } from 'react-dom/client';
import type { Host } from '../host/types';
import { App, type AppProps } from './App';

/**
 * Renders the pane into `element` with the given Host (Excel's, or the web page's). Returns the
 * React root so a caller can unmount it.
 */
export function mountPane(
  host: Host,
  element: Element,
  options: Omit<AppProps, 'host'> = {},
): Root {
  const root = createRoot(element);
  root.render(<App host={host} {...options} />);
  return root;
}
