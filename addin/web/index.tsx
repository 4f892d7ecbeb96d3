import { startWeb } from './start';

// The standalone page's entry: no Office.js here, the workbook is opened in the browser.
const root = document.getElementById('root');
if (root) startWeb(root);
