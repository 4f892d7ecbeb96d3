import { Dec, isDecimal, parseAmount, type DecimalLike } from '../numbers';
import { fail, ok, type Result, type Text } from '../i18n';

/** A person-year count or share as written: a Dec, a number or text ('1½', '2,5', '0,5'). */
export function readValue(x: DecimalLike, what: Text): Result<Dec> {
  if (isDecimal(x) && x.isFinite()) return ok(x);
  const parsed = parseAmount(x, { unit: 'årsværk' });
  if (parsed.ok && parsed.amount.range === null) return ok(new Dec(parsed.amount.value));
  return fail(
    'INVALID_NUMBER',
    `${what.da} kan ikke læses som et tal: '${String(x)}'.`,
    `${what.en} cannot be read as a number: '${String(x)}'.`,
  );
}

/** A part-time share: '0,5', 0.5 or '50 %' (a percentage is divided by 100). */
export function readShare(x: DecimalLike, what: Text): Result<Dec> {
  if (typeof x === 'string' && x.includes('%')) {
    const parsed = parseAmount(x);
    if (parsed.ok && parsed.amount.unit === 'percent' && parsed.amount.range === null) {
      return ok(new Dec(parsed.amount.value).div(100));
    }
  }
  return readValue(x, what);
}
