import { describe, expect, it } from 'vitest';
import { unreadableMessage } from '../../core/numbers/messages';

describe('unreadableMessage', () => {
  // A minus last is how SAP prints a negative amount: said so, with the text to write instead.
  it.each([
    ['200,00-', '-200,00'],
    ['1.234,56-', '-1.234,56'],
    ['1 234,56 -', '-1 234,56'],
    ['1234.56-', '-1234.56'],
    ['  12.345.678,90-  ', '-12.345.678,90'],
  ])('%s: the minus last, and %s to write', (text, negative) => {
    const m = unreadableMessage('malformed', text);
    expect(m.da).toBe(
      `"${text}" har minus til sidst, som SAP skriver et negativt beløb. Ramme gætter ikke på fortegnet: skriv ${negative}, hvis beløbet er negativt.`,
    );
    expect(m.en).toBe(
      `"${text}" has its minus last, as SAP writes a negative amount. Ramme does not guess the sign: write ${negative} if the amount is negative.`,
    );
  });

  // A year from which, a dash for no øre, a range, a minus first: the general message.
  it.each(['2024-', '5-', '200,-', '70-60', '--5', '200,0-', '200,000-', '-200,00-', '1.2.3-'])(
    '%s: the general message',
    (text) => {
      expect(unreadableMessage('malformed', text)).toEqual({
        da: `"${text}" ligner et tal, men kan ikke læses entydigt (tjek punktummer, kommaer og tegn).`,
        en: `"${text}" looks like a number but cannot be read (check the points, commas and signs).`,
      });
    },
  );

  it.each([
    ['empty', '', 'Cellen er tom.'],
    ['error-value', '#REF!', 'Cellen indeholder Excel-fejlen #REF! i stedet for et tal.'],
    ['not-a-number', 'TIDSRUM', '"TIDSRUM" er ikke et tal.'],
    ['malformed', '', 'Cellen kan ikke læses som et tal.'],
  ] as const)('%s %s', (reason, text, da) => {
    expect(unreadableMessage(reason, text).da).toBe(da);
  });
});
