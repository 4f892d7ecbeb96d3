import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import {
  parseDirection,
  parsePeriod,
  statusOfSeries,
  yearsToTarget,
  ratePerYear,
  type Observation,
} from '../../core/indicators';
import { parseAmount } from '../../core/numbers';

/**
 * From cells to verdicts: a barometer laid out like the example workbooks (Excel percentages
 * with a 0.0% format, text percentages, a gap, date-like headers), written and read back by
 * ExcelJS, read with parseAmount and parsePeriod, judged by the indicator functions.
 */
async function barometer(): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Barometer');
  ws.addRow(['Indikator', 'Retning', 'Februar 2011', 'November 2011', 'November 2012', 'Mål']);
  ws.addRow(['Andel i job', 'Op', 0.5814, 0.5806, 0.6081, 0.65]);
  ws.addRow(['Oplevet diskrimination', 'Ned', '24%', null, '21%', '10%']);
  ws.addRow(['Fritidsjob', 'Op', 0.31, 0.29, 0.28, 0.4]);
  for (const row of [2, 4]) for (const col of [3, 4, 5, 6]) ws.getCell(row, col).numFmt = '0.0%';
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  const sheet = back.getWorksheet('Barometer');
  if (!sheet) throw new Error('sheet lost in round trip');
  return sheet;
}

function row(ws: ExcelJS.Worksheet, r: number) {
  const observations: Observation[] = [];
  for (let c = 3; c <= 5; c++) {
    const cell = ws.getCell(r, c);
    const amount = parseAmount(cell.value, { numFmt: cell.numFmt });
    if (!amount.ok) continue;
    const period = parsePeriod(String(ws.getCell(1, c).value));
    if (!period.ok) throw new Error('header unreadable');
    observations.push({
      period: period.value,
      value: amount.amount.value,
      decimals: amount.amount.decimals,
    });
  }
  const target = parseAmount(ws.getCell(r, 6).value, { numFmt: ws.getCell(r, 6).numFmt });
  const direction = parseDirection(String(ws.getCell(r, 2).value));
  if (!target.ok || !direction) throw new Error('row unreadable');
  return { observations, target: target.amount.value, direction };
}

describe('a barometer sheet, cell to verdict', () => {
  it('judges each row by its direction, at published precision, with years to target', async () => {
    const ws = await barometer();

    const jobs = row(ws, 2);
    // 58,14 and 58,06 are both published as 58,1; the latest 60,8 is a rise: Fremgang
    const s = statusOfSeries(jobs.observations, jobs.direction);
    expect(s.ok && s.value.label.da).toBe('Fremgang');
    expect(s.ok && s.value.change.toString()).toBe('2.7');

    const discrimination = row(ws, 3);
    expect(discrimination.observations).toHaveLength(2); // the gap is left out
    const d = statusOfSeries(discrimination.observations, discrimination.direction);
    expect(d.ok && d.value.label.da).toBe('Fremgang');
    // 24 → 21 over 21 months (mid-February 2011 to mid-November 2012): −12/7 points a year
    const rate = ratePerYear(discrimination.observations);
    expect(rate.ok && rate.value.toDecimalPlaces(4).toString()).toBe('-1.7143');
    const years = yearsToTarget(discrimination.observations, discrimination.target, {
      direction: discrimination.direction,
    });
    // 11 points at 12/7 a year = 6,416… years from mid-November 2012 → April 2019
    expect(years.years?.toDecimalPlaces(3).toString()).toBe('6.417');
    expect(years.year).toBe(2019);

    const leisure = row(ws, 4);
    const l = statusOfSeries(leisure.observations, leisure.direction);
    expect(l.ok && l.value.label.en).toBe('Decline');
    const away = yearsToTarget(leisure.observations, leisure.target, {
      direction: leisure.direction,
    });
    expect(away.years).toBeNull();
    expect(away.reason).toBe('MOVING_AWAY');
    expect(away.message.da).toMatch(/væk fra målet/);
  });
});
