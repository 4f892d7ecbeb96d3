import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../core/check';
import { describeResults } from '../../core/check/results-text';
import { sheetFromValues } from '../../core/grid';
import { REPORT_VERSION } from '../../core/report';

const here = path.dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(
  readFileSync(path.join(here, '../../schema/check-report.schema.json'), 'utf8'),
);

describe('checkWorkbook: progress by the target year, Open SDG method by default', () => {
  const rows = [
    ['Indikator', 'Retning', 2019, 2021, 2023, 'Mål', 'Målår'],
    ['Beskæftigelse', 'Op', '56,6%', '58,1%', '60,3%', '65%', 2026],
    ['Uden målår', 'Op', '56,6%', '58,1%', '60,3%', '65%', null],
  ];
  const report = checkWorkbook(
    { name: 'b.xlsx', sheets: [sheetFromValues('Barometer', rows)], names: [] },
    { lang: 'da' },
  );

  it('56,6 → 60,3 % (2019–2023) towards 65 % by 2026: R = 0,799, moderate progress', () => {
    // (60,3/56,6)^(1/4) − 1 = 1,596 % a year observed; (65/56,6)^(1/7) − 1 = 1,997 % required.
    const p = report.indicators[0]!.progress!;
    expect(p).toMatchObject({
      method: 'open-sdg',
      targetYear: 2026,
      status: 'moderate_progress',
      reason: null,
    });
    expect(Math.abs(Number(p.ratio) - 0.7992356302432486)).toBeLessThan(1e-9);
  });

  it('no target year, no progress; the report still fits the schema', () => {
    expect(report.indicators[1]!.progress).toBeUndefined();
    const validate = new Ajv2020({ strict: true }).compile(schema);
    expect(validate({ version: REPORT_VERSION, files: [report] })).toBe(true);
  });

  it('the CLI text names the status and the method, in both languages', () => {
    expect(describeResults(report, 'da').join('\n')).toContain(
      'Moderate fremskridt, tempoet skal op (Open SDG, målår 2026), mål 65 %',
    );
    const en = checkWorkbook(
      { name: 'b.xlsx', sheets: [sheetFromValues('Barometer', rows)], names: [] },
      { lang: 'en' },
    );
    expect(describeResults(en, 'en').join('\n')).toContain(
      'Moderate progress/acceleration needed (Open SDG, target year 2026), target 65%',
    );
  });
});
