import type { Lang } from '../../core/i18n';

/** The page's own texts around the pane (the pane has its own table in addin/taskpane). */
export const WEB_STRINGS = {
  title: { da: 'Ramme', en: 'Ramme' },
  tagline: {
    da: 'Tjek, fordel og følg op på dine regneark. Projektmappen læses her i browseren: intet sendes nogen steder hen.',
    en: 'Check, allocate and follow up on your spreadsheets. The workbook is read here in the browser: nothing is sent anywhere.',
  },
  open: { da: 'Åbn projektmappe', en: 'Open workbook' },
  openHint: {
    da: 'Vælg en .xlsx- eller .csv-fil, eller træk den hertil.',
    en: 'Choose an .xlsx or .csv file, or drag it here.',
  },
  dropArea: {
    da: 'Træk en .xlsx- eller .csv-fil hertil, eller brug "Åbn projektmappe" ovenfor.',
    en: 'Drag an .xlsx or .csv file here, or use "Open workbook" above.',
  },
  dropHere: { da: 'Slip filen for at åbne den', en: 'Drop the file to open it' },
  reading: { da: 'Læser projektmappen …', en: 'Reading the workbook …' },
  notOpened: {
    da: 'filen kunne ikke læses. Vælg den igen, eller gem den et andet sted og åbn den derfra.',
    en: 'the file could not be read. Choose it again, or save it somewhere else and open it from there.',
  },
  opened: { da: 'Åbnet:', en: 'Opened:' },
  wrongType: {
    da: 'Ramme kan åbne .xlsx-, .xlsm-, .ods- og .csv-filer.',
    en: 'Ramme can open .xlsx, .xlsm, .ods and .csv files.',
  },
  odsChartsLeftOut: {
    da: 'Diagrammet kom ikke med: Ramme tegner endnu ikke diagrammer i .ods-filer; tallene står på arket.',
    en: 'The chart was left out: Ramme does not yet draw charts in .ods files; its numbers are on the sheet.',
  },
  sheet: { da: 'Ark', en: 'Sheet' },
  sheetView: { da: 'Arket', en: 'The sheet' },
  rowsShown: { da: 'Viser række', en: 'Showing rows' },
  of: { da: 'af', en: 'of' },
  showingCell: { da: 'Viser', en: 'Showing' },
  selected: { da: 'Markeret', en: 'Selected' },
  emptySheet: { da: 'Arket er tomt.', en: 'The sheet is empty.' },
  download: { da: 'Hent resultat', en: 'Download result' },
  downloadChecked: { da: 'Tjekket kopi med markeringer', en: 'Checked copy with marks' },
  downloadValues: { da: 'Projektmappe med nye værdier', en: 'Workbook with the new values' },
  changedCells: { da: 'ændrede celler', en: 'changed cells' },
  addedSheet: { da: 'arket', en: 'sheet' },
  saving: { da: 'Gemmer …', en: 'Saving …' },
  saved: { da: 'Hentet:', en: 'Downloaded:' },
  damagedPart: {
    da: 'Filen blev ikke hentet: en del af projektmappen, som Ramme skulle ændre, er beskadiget. Åbn den i Excel, gem den igen, og åbn den her igen.',
    en: 'The file was not downloaded: a part of the workbook Ramme had to change is damaged. Open it in Excel, save it again and open it here again.',
  },
  notSaved: {
    da: 'Filen blev ikke hentet: Ramme kunne ikke skrive den.',
    en: 'The file was not downloaded: Ramme could not write it.',
  },
  marks: { da: 'Markerede fund', en: 'Marked findings' },
  marksShowing: { da: 'Viser de første', en: 'Showing the first' },
  marksMore: { da: 'Vis flere', en: 'Show more' },
  noMarks: {
    da: 'Ingen celler er markeret. Kør Tjek og vælg "Markér cellerne".',
    en: 'No cells are marked. Run Check and choose "Mark the cells".',
  },
  language: { da: 'English', en: 'Dansk' },
  languageLabel: { da: 'Skift sprog til engelsk', en: 'Switch language to Danish' },
  severity_error: { da: 'Fejl', en: 'Error' },
  severity_warning: { da: 'Advarsel', en: 'Warning' },
  severity_info: { da: 'Info', en: 'Info' },
  pane: { da: 'Ramme-panelet', en: 'The Ramme pane' },
  checkedName: { da: 'tjekket', en: 'checked' },
  valuesName: { da: 'nye-vaerdier', en: 'new-values' },
} as const;

export type WebStringKey = keyof typeof WEB_STRINGS;

export function webText(lang: Lang, key: WebStringKey): string {
  return WEB_STRINGS[key][lang];
}
