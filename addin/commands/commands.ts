/**
 * The ribbon's function file. The "Åbn Ramme" button opens the pane by itself (ShowTaskpane),
 * so this file only has to tell Office it is ready.
 */
Office.onReady(() => undefined);
