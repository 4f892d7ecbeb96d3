import type { Text } from '../i18n';
import type { Dec } from './decimal';
import { groupDigits } from './format-number';
import type { UnreadableReason } from './types';

/**
 * An amount with two decimals and its minus last ('1.234,56-'), as SAP and other ledgers print
 * a negative amount. Not read as negative: '2024-' and '200,-' mean other things.
 */
const MINUS_LAST = /^(\d{1,3}(?:[.\u00a0 ]?\d{3})*[,.]\d{2})\s?-$/;

function shown(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** What to say of an amount with its minus last, `t` the text as shown; undefined for others. */
function minusLastMessage(text: string, t: string): Text | undefined {
  const match = MINUS_LAST.exec(text.trim());
  if (!match) return undefined;
  const negative = `-${match[1]}`;
  return {
    da: `"${t}" har minus til sidst, som SAP skriver et negativt beløb. Ramme gætter ikke på fortegnet: skriv ${negative}, hvis beløbet er negativt.`,
    en: `"${t}" has its minus last, as SAP writes a negative amount. Ramme does not guess the sign: write ${negative} if the amount is negative.`,
  };
}

/** Why a cell could not be read as a number, in Danish and English. */
export function unreadableMessage(
  reason: UnreadableReason,
  text: string,
  candidates?: Dec[],
): Text {
  const t = shown(text);
  switch (reason) {
    case 'empty':
      return { da: 'Cellen er tom.', en: 'The cell is empty.' };
    case 'error-value':
      return {
        da: `Cellen indeholder Excel-fejlen ${t} i stedet for et tal.`,
        en: `The cell holds the Excel error ${t} instead of a number.`,
      };
    case 'not-a-number':
      if (t === '')
        return { da: 'Cellen indeholder ikke et tal.', en: 'The cell does not hold a number.' };
      return { da: `"${t}" er ikke et tal.`, en: `"${t}" is not a number.` };
    case 'malformed':
      if (t === '')
        return {
          da: 'Cellen kan ikke læses som et tal.',
          en: 'The cell cannot be read as a number.',
        };
      return (
        minusLastMessage(text, t) ?? {
          da: `"${t}" ligner et tal, men kan ikke læses entydigt (tjek punktummer, kommaer og tegn).`,
          en: `"${t}" looks like a number but cannot be read (check the points, commas and signs).`,
        }
      );
    case 'ambiguous': {
      const [a, b] = (candidates ?? []).map((c) => groupDigits(c.toFixed(), 'da', true));
      const [x, y] = (candidates ?? []).map((c) => groupDigits(c.toFixed(), 'en', true));
      return {
        da: `"${t}" kan læses som ${a ?? '?'} eller ${b ?? '?'}: skriv tallet entydigt eller angiv enhed eller talformat for kolonnen.`,
        en: `"${t}" could be ${x ?? '?'} or ${y ?? '?'}: write it unambiguously or give the column a unit or number style.`,
      };
    }
  }
}
