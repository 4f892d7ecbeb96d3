import { describe, expect, it } from 'vitest';
import { langFromDisplayLanguage } from '../../addin/taskpane/language';
import { STRINGS } from '../../addin/taskpane/strings';

describe('the pane language', () => {
  it.each([
    ['da-DK', 'da'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['EN-us', 'en'],
    ['sv-SE', 'da'],
    ['', 'da'],
    [undefined, 'da'],
  ] as const)('Office display language %s gives %s', (tag, lang) => {
    expect(langFromDisplayLanguage(tag)).toBe(lang);
  });

  it('has every UI string in Danish and English', () => {
    for (const [key, text] of Object.entries(STRINGS)) {
      expect(text.da.trim(), key).not.toBe('');
      expect(text.en.trim(), key).not.toBe('');
    }
  });
});
