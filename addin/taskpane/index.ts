/** The pane's public surface, for the Excel entry (main.tsx) and the standalone web page. */
export { App, type AppProps, type ViewId } from './App';
export { mountPane } from './mount';
export { defaultSettings, loadSettings, saveSettings, type PaneSettings } from './settings';
export { STRINGS, translate, type StringKey } from './strings';
export { langFromDisplayLanguage } from './language';
