import { formatNumber, type Dec } from '../numbers';
import { fail, ok, type Problem, type Result } from '../i18n';
import { dayNumber, daysInMonth, daysInYear, readDate, showDate, type CalendarDate } from './dates';
import { add, fromDec, mul, rational, R_ZERO, toDec, type Rational } from './rational';
import { readShare } from './read';
import {
  DEFAULT_CAPACITY_SETTINGS,
  type CapacityOptions,
  type StaffContribution,
  type StaffRow,
  type YearCapacity,
} from './types';

interface Period {
  row: number;
  person: string;
  from: number;
  to: number;
  fromDate: CalendarDate | null;
  toDate: CalendarDate | null;
  share: Dec;
}

function problem(row: StaffRow, code: string, da: string, en: string): Problem {
  return {
    code,
    message: { da, en },
    ...(row.sheet ? { sheet: row.sheet } : {}),
    ...(row.cell ? { cell: row.cell } : {}),
  };
}

function readRow(row: StaffRow, i: number, problems: Problem[]): Period | null {
  const label = { da: `Række ${i + 1} (${row.person})`, en: `Row ${i + 1} (${row.person})` };
  const share = readShare(row.share ?? 1, {
    da: `${label.da}: andelen`,
    en: `${label.en}: the share`,
  });
  const from =
    row.from == null
      ? null
      : readDate(row.from, { da: `${label.da}: Fra`, en: `${label.en}: From` });
  const to =
    row.to == null ? null : readDate(row.to, { da: `${label.da}: Til`, en: `${label.en}: To` });
  for (const r of [share, from, to]) {
    if (r && !r.ok) {
      problems.push(problem(row, r.error.code, r.error.message.da, r.error.message.en));
      return null;
    }
  }
  const s = (share as { value: Dec }).value;
  if (s.lte(0) || s.gt(1)) {
    problems.push(
      problem(
        row,
        'INVALID_SHARE',
        `${label.da}: andelen ${s.toFixed()} skal være over 0 og højst 1.`,
        `${label.en}: the share ${s.toFixed()} must be above 0 and at most 1.`,
      ),
    );
    return null;
  }
  const fromDate = from?.ok ? from.value : null;
  const toDate = to?.ok ? to.value : null;
  const p: Period = {
    row: i,
    person: row.person.trim(),
    from: fromDate ? dayNumber(fromDate) : -Infinity,
    to: toDate ? dayNumber(toDate) : Infinity,
    fromDate,
    toDate,
    share: s,
  };
  if (p.to < p.from) {
    problems.push(
      problem(
        row,
        'INVALID_PERIOD',
        `${label.da}: slutter (${showDate(toDate!)}) før den begynder (${showDate(fromDate!)}).`,
        `${label.en}: ends (${showDate(toDate!)}) before it starts (${showDate(fromDate!)}).`,
      ),
    );
    return null;
  }
  return p;
}

/** Whole months of `year` with every day inside the period. */
function wholeMonths(p: Period, year: number): number {
  let months = 0;
  for (let m = 1; m <= 12; m++) {
    const first = dayNumber({ year, month: m, day: 1 });
    const last = dayNumber({ year, month: m, day: daysInMonth(year, m) });
    if (p.from <= first && p.to >= last) months++;
  }
  return months;
}

function daysIn(p: Period, year: number): number {
  const first = Math.max(p.from, dayNumber({ year, month: 1, day: 1 }));
  const last = Math.min(p.to, dayNumber({ year, month: 12, day: 31 }));
  return Math.max(0, last - first + 1);
}

function overlaps(periods: Period[], rows: readonly StaffRow[], year: number): Problem[] {
  const out: Problem[] = [];
  const start = dayNumber({ year, month: 1, day: 1 });
  const end = dayNumber({ year, month: 12, day: 31 });
  const byPerson = new Map<string, Period[]>();
  for (const p of periods) {
    const key = p.person.toLocaleLowerCase('da');
    byPerson.set(key, [...(byPerson.get(key) ?? []), p]);
  }
  for (const list of byPerson.values()) {
    list.sort((a, b) => a.from - b.from);
    for (let k = 1; k < list.length; k++) {
      const a = list[k - 1];
      const b = list[k];
      const from = Math.max(a.from, b.from, start);
      const to = Math.min(a.to, b.to, end);
      if (from > to) continue;
      out.push(
        problem(
          rows[b.row],
          'STAFF_OVERLAP',
          `${b.person} står to gange for samme periode (række ${a.row + 1} og ${b.row + 1}); begge tæller med.`,
          `${b.person} is listed twice for the same period (rows ${a.row + 1} and ${b.row + 1}); both are counted.`,
        ),
      );
    }
  }
  return out;
}

/**
 * The person-years a staffing table gives in one calendar year, exact. Four consultants all
 * year and a fifth from 1 March: 4 + 10/12 = 29/6 person-years, shown as 4,83.
 */
export function capacityForYear(
  staff: readonly StaffRow[],
  year: number,
  settings: CapacityOptions = {},
): Result<YearCapacity> {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) {
    return fail(
      'INVALID_YEAR',
      `Året skal være et helt årstal, ikke ${year}.`,
      `The year must be a whole year, not ${year}.`,
    );
  }
  const counting =
    settings.capacityCounting ?? settings.counting ?? DEFAULT_CAPACITY_SETTINGS.capacityCounting;
  const problems: Problem[] = [];
  const periods: Period[] = [];
  staff.forEach((row, i) => {
    const p = readRow(row, i, problems);
    if (p) periods.push(p);
  });
  const rows: StaffContribution[] = [];
  let total = R_ZERO;
  for (const p of periods) {
    const counted = counting === 'days' ? daysIn(p, year) : wholeMonths(p, year);
    const part = rational(BigInt(counted), BigInt(counting === 'days' ? daysInYear(year) : 12));
    const personYears = mul(part, fromDec(p.share));
    total = add(total, personYears);
    rows.push({ row: p.row, person: p.person, share: p.share, counted, personYears });
  }
  problems.push(...overlaps(periods, staff, year));
  return ok({
    year,
    counting,
    personYears: total,
    total: toDec(total),
    display: display(total),
    rows,
    problems,
  });
}

export function display(r: Rational): { da: string; en: string } {
  const d = toDec(r);
  return {
    da: `${formatNumber(d, { lang: 'da', decimals: 2 })} årsværk`,
    en: `${formatNumber(d, { lang: 'en', decimals: 2 })} person-years`,
  };
}
