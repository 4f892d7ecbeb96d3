import type { Lang } from '../../core/i18n';

/** English when Office (or the browser) speaks English; Danish otherwise, Danish first. */
export function langFromDisplayLanguage(tag: string | undefined | null): Lang {
  return tag && /^en\b/i.test(tag) ? 'en' : 'da';
}
