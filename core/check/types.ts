import type { Lang } from '../i18n';

/** User settings shared by the CLI, the pane and the web page. */
export interface Settings {
  /** Hours in one person-year (Danish public sector: 37 × 52 = 1924). */
  hoursPerPersonYear: number;
  /** How part-year staff count: whole months (default) or days. */
  capacityCounting: 'months' | 'days';
  /** Tolerance in the published precision's last digit for 'Uændret' (indicators). */
  unchangedTolerance: string;
  /** The step of a capacity proposal, in person-years ('0.25', '0,5'). */
  planStep: string;
}

export const DEFAULT_SETTINGS: Settings = {
  hoursPerPersonYear: 1924,
  capacityCounting: 'months',
  unchangedTolerance: '0',
  planStep: '0.25',
};

export interface CheckOptions {
  lang: Lang;
  /** The plan year; else taken from a four-digit year in the sheet's name or title. */
  year?: number;
  /** Check only this sheet. */
  sheet?: string;
  /** Check only this range (A1:D20) of the chosen sheet. */
  range?: string;
  settings?: Partial<Settings>;
}
