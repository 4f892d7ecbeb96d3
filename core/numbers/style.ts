import { fixedFromText } from './fixed';
import { normalizeSpaces, readText } from './parse-text';

/**
 * The number style a set of cells is written in, from the cells that can only be read one way:
 * '1.572.000', '4,4', '1.234,5' are Danish; '1,572,000', '4.4', '1,234.5' English. Undefined
 * when no cell decides or the votes are split evenly. Only numbers vote: a label with a date in
 * it ('Forbrug pr. 30.9.') or a date ('1.3.2009') says nothing about how numbers are written.
 */
export function detectStyle(texts: readonly string[]): 'da' | 'en' | undefined {
  let da = 0;
  let en = 0;
  for (let i = 0; i < texts.length; i++) {
    const vote = styleOf(normalizeSpaces(String(texts[i] ?? '')));
    if (vote === 'da') da++;
    else if (vote === 'en') en++;
    // Decided: the votes left cannot even tie the lead any more (a workbook's sample is
    // thousands of texts, mostly voting one way).
    if (Math.abs(da - en) > texts.length - 1 - i) break;
  }
  if (da === en) return undefined;
  return da > en ? 'da' : 'en';
}

function styleOf(text: string): 'da' | 'en' | undefined {
  const vote = voteOf(text);
  // Only a number votes; plain Danish text ('140.991,00') is one without a full reading.
  if (vote === undefined || fixedFromText(text) !== undefined) return vote;
  return readText(text, {}).ok ? vote : undefined;
}

// Made once: a regular expression literal in a function is a new object each time it runs,
// and a workbook's style is voted on by up to 20.000 texts.
const WHOLE_KRONER = /\d,[-–]/;
const NUMBER = /\d[\d.,]*\d|\d/;

/** How the first number in a text is written, if that can only be one way. */
export function voteOf(text: string): 'da' | 'en' | undefined {
  if (WHOLE_KRONER.test(text)) return 'da'; // '1.200,-': Danish whole kroner
  const m = NUMBER.exec(text);
  if (!m) return undefined;
  const n = m[0];
  let dots = 0;
  let commas = 0;
  for (let i = 0; i < n.length; i++) {
    const c = n.charCodeAt(i);
    if (c === 46) dots++;
    else if (c === 44) commas++;
  }
  if (dots > 0 && commas > 0) return n.lastIndexOf(',') > n.lastIndexOf('.') ? 'da' : 'en';
  if (dots === 0 && commas === 0) return undefined;
  const sep = dots > 0 ? '.' : ',';
  // Several separators: thousands groups. One: a decimal point unless exactly three digits follow.
  if (dots + commas > 1) return sep === '.' ? 'da' : 'en';
  const at = n.indexOf(sep);
  if (n.length - at - 1 === 3 && at <= 3 && !allZeros(n, at)) return undefined;
  return sep === ',' ? 'da' : 'en';
}

/** Whether the text's first `end` characters are all '0' (at least one). */
function allZeros(text: string, end: number): boolean {
  if (end === 0) return false;
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) !== 48) return false;
  return true;
}
