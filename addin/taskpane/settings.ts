import type { Lang } from '../../core/i18n';

/** What Indstillinger holds; the check and the allocation read it. */
export interface PaneSettings {
  lang: Lang;
  hoursPerPersonYear: number;
  capacityCounting: 'months' | 'days';
  /** Default step for Fordel, as typed ('0,5'). */
  defaultStep: string;
}

export function defaultSettings(lang: Lang): PaneSettings {
  return { lang, hoursPerPersonYear: 1924, capacityCounting: 'months', defaultStep: '1' };
}

const KEY = 'ramme.settings.v1';

/** Settings kept in the browser's storage for this add-in's origin; nothing leaves the machine. */
export function loadSettings(
  lang: Lang,
  storage: Storage | undefined = safeStorage(),
): PaneSettings {
  const base = defaultSettings(lang);
  try {
    const saved = JSON.parse(storage?.getItem(KEY) ?? 'null') as Partial<PaneSettings> | null;
    if (!saved || typeof saved !== 'object') return base;
    return {
      lang: saved.lang === 'en' || saved.lang === 'da' ? saved.lang : base.lang,
      hoursPerPersonYear:
        Number.isInteger(saved.hoursPerPersonYear) && saved.hoursPerPersonYear! > 0
          ? saved.hoursPerPersonYear!
          : base.hoursPerPersonYear,
      capacityCounting: saved.capacityCounting === 'days' ? 'days' : 'months',
      defaultStep: typeof saved.defaultStep === 'string' ? saved.defaultStep : base.defaultStep,
    };
  } catch {
    return base;
  }
}

export function saveSettings(s: PaneSettings, storage: Storage | undefined = safeStorage()): void {
  try {
    storage?.setItem(KEY, JSON.stringify(s));
  } catch {
    // Storage may be off (private mode, policy): settings then last for the session.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
