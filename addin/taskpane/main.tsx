import { langFromDisplayLanguage } from './language';
import { mountPane } from './mount';
import { createExcelHost } from '../excel';

/**
 * The task pane's entry. In Excel it mounts the pane on the Office.js host; outside Office
 * (Office.onReady reports no host) it says where Ramme runs instead of showing a blank page.
 */
function start(): void {
  const root = document.getElementById('root');
  if (!root) return;
  if (typeof Office === 'undefined') {
    root.textContent = 'Ramme kører i Excel. Åbn tilføjelsesprogrammet fra fanen Hjem.';
    return;
  }
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) {
      const lang = langFromDisplayLanguage(Office.context.displayLanguage);
      document.documentElement.lang = lang;
      mountPane(createExcelHost(lang), root);
    } else {
      root.textContent = 'Ramme kører i Excel. Åbn tilføjelsesprogrammet fra fanen Hjem.';
    }
  });
}

start();
