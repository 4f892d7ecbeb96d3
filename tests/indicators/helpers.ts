import { parsePeriod, type Observation } from '../../core/indicators';
import { Dec } from '../../core/numbers';

/** An observation from a period as written and a decimal string: obs('Februar 2011', '40.9'). */
export function obs(period: string | number, value: string, decimals?: number): Observation {
  const p = parsePeriod(period);
  if (!p.ok) throw new Error(`test period unreadable: ${period}`);
  const o: Observation = { period: p.value, value: new Dec(value) };
  if (decimals !== undefined) o.decimals = decimals;
  return o;
}

/** A series from [period, value] pairs. */
export function series(...pairs: [string | number, string][]): Observation[] {
  return pairs.map(([p, v]) => obs(p, v));
}

export function d(x: string | number): Dec {
  return new Dec(x);
}
