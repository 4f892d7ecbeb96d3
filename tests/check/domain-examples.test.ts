/**
 * Every workbook in ../shared/domain/examples, read as the CLI reads it and checked. Expected
 * values are worked out by hand from the cells (see the comments), not copied from the output.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../core/check';
import { readWorkbookFile } from '../../core/io/node';
import type { FileReport } from '../../core/report';
import { DOMAIN_EXAMPLES } from '../shared-dir';

const DIR = DOMAIN_EXAMPLES;

async function check(name: string, lang: 'da' | 'en' = 'da'): Promise<FileReport> {
  const read = await readWorkbookFile(path.join(DIR, name));
  if (!read.ok) throw new Error(read.error.message.en);
  return checkWorkbook(read.value, { lang });
}

function brief(r: FileReport): string[] {
  return r.findings.map(
    (f) => `${f.severity} ${f.code} ${f.sheet}!${f.cell} ${f.expected} ${f.actual}`,
  );
}

describe('domain examples', () => {
  it('aftale-2024: footnote mark 2,0*, a heraf row, financing 0,2 mio. kr. short', async () => {
    const r = await check('aftale-2024.xlsx');
    expect(r.tables).toMatchObject([
      { sheet: 'Aftale 2024', range: 'A3:B8', kind: 'agreement', unit: 'mio. kr.' },
      { sheet: 'Aftale 2024', range: 'A10:B13', kind: 'financing', unit: 'mio. kr.' },
    ]);
    // Initiatives 3,0 + 2,2 + 2,0* = 7,2 = Total (heraf 0,6 not added, and ≤ 2,0).
    // Financing 4,0 + 3,0 = 7,0 = I alt. Balance 7,0 − 7,2 = −0,2.
    expect(r.funding).toEqual([
      { sheet: 'Aftale 2024', spending: '7.2', financing: '7', balance: '-0.2', unit: 'mio. kr.' },
    ]);
    expect(brief(r)).toEqual(['error FUNDING_SHORTFALL Aftale 2024!B13 7.2 7']);
    expect(r.findings[0]!.message).toBe(
      'Udgifterne (7,2 mio. kr.) er større end finansieringen (7,0 mio. kr.); der mangler 0,2 mio. kr.',
    );
  });

  it('arbejdsplan-2024: vulgar fractions, heraf row, part-year and part-time staff', async () => {
    const r = await check('arbejdsplan-2024.xlsx');
    expect(r.tables.map((t) => `${t.sheet}!${t.range} ${t.kind} ${t.unit}`)).toEqual([
      'Arbejdsplan 2024!A3:B9 plan årsværk',
      'Bemanding!A1:D7 staffing null',
    ]);
    // Plan: 2,5 + 1½ + ¾ + 1¼ = 6 = I alt (heraf Akacieparken 1 is part of A, not added).
    // Staff in 2024, whole months: A 1 + B 1 + C Jan–Sep 9/12 + Koordinator ½ + Konsulent (ny)
    // May–Dec 8/12 + Projektmedarbejder "0,5" = 4 5/12 = 4,41666…; 6 − 4 5/12 = 1 7/12 too many.
    expect(r.capacity).toEqual([
      {
        sheet: 'Arbejdsplan 2024',
        year: 2024,
        capacity: '4.4166666667',
        allocated: '6',
        difference: '-1.5833333333',
        // 4 5/12 holds 17 quarters (4,25): quotas 1,77, 1,06, 0,53, 0,89 → floors 1,75, 1, 0,5,
        // 0,75 (4); the last quarter to D (remainder 0,135). Heraf 1 × 1,75 / 2,5 = 0,7 → 0,75.
        proposal: [
          {
            row: 4,
            label: 'A. Fremskudt rådgivning i udsatte boligområder',
            old: '2.5',
            new: '1.75',
          },
          { row: 5, label: 'heraf Akacieparken', old: '1', new: '0.75' },
          { row: 6, label: 'B. Fritidsjob og lommepengejob', old: '1.5', new: '1' },
          { row: 7, label: 'C. Forældreinddragelse', old: '0.75', new: '0.5' },
          { row: 8, label: 'D. Øvrige opgaver og rekvireringer', old: '1.25', new: '1' },
        ],
        proposalStep: '0.25',
        proposalTotal: '4.25',
      },
    ]);
    expect(brief(r)).toEqual(['error CAPACITY_EXCEEDED Arbejdsplan 2024!B9 4.4166666667 6']);
  });

  it('barometer-2022: Excel percentages and text percentages, a sparse year column', async () => {
    const r = await check('barometer-2022.xlsx');
    expect(r.tables).toMatchObject([
      { sheet: 'Barometer', range: 'A1:G4', kind: 'indicator', unit: 'percent' },
    ]);
    expect(r.findings).toEqual([]);
    const [job, disc, youth] = r.indicators;
    // 58,1 57,4 59,6 60,8 at t = 0..3: slope Σ(t−1,5)(y−58,975)/Σ(t−1,5)² = 5,15/5 = 1,03.
    // (65 − 60,8)/1,03 = 4,0776…; from mid-2022 that is 2026,58 → reached in 2026.
    expect(job).toMatchObject({
      row: 2,
      direction: 'up',
      first: { period: '2019', value: '58.1' },
      latest: { period: '2022', value: '60.8' },
      changePoints: '2.7',
      ratePerYear: '1.03',
      target: '65',
      yearsToTarget: '4.0776699029',
      reachedIn: 2026,
      status: 'progress',
      reason: null,
    });
    // "24%" "23%" _ "21%" (2021 missing) at t = 0, 1, 3: slope −4⅔ / 4⅔ = −1 a year;
    // (10 − 21)/−1 = 11 years from mid-2022 = mid-2033. Lower is better: Fremgang.
    expect(disc).toMatchObject({
      direction: 'down',
      first: { period: '2019', value: '24' },
      latest: { period: '2022', value: '21' },
      changePoints: '-3',
      ratePerYear: '-1',
      yearsToTarget: '11',
      reachedIn: 2033,
      status: 'progress',
    });
    // 31 29 28 (2020–2022), higher is better: −1,5 a year, away from the 40 % target.
    expect(youth).toMatchObject({
      first: { period: '2020', value: '31' },
      ratePerYear: '-1.5',
      yearsToTarget: null,
      reachedIn: null,
      status: 'decline',
      reason: 'MOVING_AWAY',
    });
  });

  it('bruttokatalog-2019: a catalogue with ranges and "min." target groups reads cleanly', async () => {
    const r = await check('bruttokatalog-2019.xlsx');
    expect(r.tables).toMatchObject([
      { sheet: 'Bruttokatalog', range: 'A3:G24', kind: 'catalogue', unit: 'mio. kr.' },
    ]);
    expect(r.findings).toEqual([]);
  });

  it('budget-2023: one wrong subtotal, one finding; the grand total agrees with the stated subtotals', async () => {
    const r = await check('budget-2023.xlsx');
    // 150.000 + 75.000 + 20.000 = 245.000, stated 255.000 (B14). 1.184.500 + 96.000 + 48.250 +
    // 12.400 = 1.341.150 = B8. B16 1.596.150 = 1.341.150 + 255.000: right against its parts.
    expect(brief(r)).toEqual(['error TOTAL_MISMATCH Budget 2023!B14 245000 255000']);
    expect(r.findings[0]!.message).toBe(
      '"I alt" i B14 er 255.000 kr., men dens dele (række 11-13) giver 245.000 kr.; forskel 10.000 kr.',
    );
  });

  it('status-2024-q2: counts forecast at the run rate, a share not scaled, a range target', async () => {
    const r = await check('status-2024-q2.xlsx', 'en');
    // 160/350 = 45,714…%, ×4/2 = 320 < 350; 38/100, 76 < 100; 11 of 15–20, ×2 = 22 above the
    // range (on track; a range has no single attainment); 81 % of 85 % = 95,29…%, a share is
    // not forecast and stays 81 < 85.
    expect(
      r.status.map((s) => [
        s.row,
        s.unit,
        s.target,
        s.targetMax,
        s.actual,
        s.attainment,
        s.forecast,
        s.onTrack,
      ]),
    ).toEqual([
      [4, 'count', '350', null, '160', '45.7142857143', '320', false],
      [5, 'count', '100', null, '38', '38', '76', false],
      [6, 'count', '15', '20', '11', null, '22', true],
      [7, 'percent', '85', null, '81', '95.2941176471', null, false],
    ]);
    expect(r.status.every((s) => s.quarter === 2)).toBe(true);
    // Expected by the end of Q2 at an even pace: 350 × 2/4 = 175, 100 × 2/4 = 50; a share: 85.
    expect(brief(r)).toEqual([
      'warning TARGET_OFF_TRACK Status 2. kvartal!D4 175 160',
      'warning TARGET_OFF_TRACK Status 2. kvartal!D5 50 38',
      'warning TARGET_OFF_TRACK Status 2. kvartal!D7 85 81',
    ]);
    expect(r.findings[2]!.message).toBe(
      '"Aktiveret inden 3 måneder" is off track: 81% after Q2, but the target is 85%.',
    );
  });
});
