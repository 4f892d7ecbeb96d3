import { langFromDisplayLanguage } from './language';
import { mountPane } from './mount';
import { createExcelHost } from '../excel';

/**
 * The task pane's entry. In Excel it mounts the pane on the Office.js host; outside Office
 * (no Office.js, or Office.onReady reports no host) it becomes the standalone page with
 * "Åbn projektmappe", loaded only then so Excel users never download it.
 */
function startOutsideOffice(root: HTMLElement): void {
  root.textContent = 'Indlæser Ramme …';
  import('../web/start')
    .then(({ startWeb }) => startWeb(root))
    .catch(() => {
      root.textContent = 'Ramme kunne ikke starte. Åbn i stedet index.html (npm run web).';
    });
}

function start(): void {
  const root = document.getElementById('root');
  if (!root) return;
  if (typeof Office === 'undefined') {
    startOutsideOffice(root);
    return;
  }
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) {
      const lang = langFromDisplayLanguage(Office.context.displayLanguage);
      document.documentElement.lang = lang;
      mountPane(createExcelHost(lang), root);
    } else {
      startOutsideOffice(root);
    }
  });
}

start();
