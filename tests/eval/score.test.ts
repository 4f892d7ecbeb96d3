import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sheetFromValues, type Workbook } from '../../core/grid';
import type { FileReport, Finding } from '../../core/report';
import { emptyReport } from '../../core/check';
import type { Corpus } from '../../eval/corpora';
import { dateCells } from '../../eval/dates';
import { familyOf } from '../../eval/families';
import { formatSummary } from '../../eval/format';
import type { FileLabels } from '../../eval/labels';
import { measureCorpus } from '../../eval/measure';
import { scoreFile } from '../../eval/score';
import { summarise } from '../../eval/summary';

const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples');

function finding(
  cell: string,
  code: Finding['code'],
  severity: Finding['severity'] = 'error',
): Finding {
  return { severity, code, sheet: 'Ark', cell, expected: null, actual: null, message: cell };
}

function report(findings: Finding[]): FileReport {
  return { ...emptyReport('a.xlsx'), findings };
}

const LABELS: FileLabels = {
  file: 'a.xlsx',
  note: 'two wrong totals, two right ones',
  totals: [
    {
      sheet: 'Ark',
      cell: 'B10',
      right: false,
      kind: 'omitted-rows',
      why: 'SUM(B2:B8) leaves out B9',
    },
    { sheet: 'Ark', cell: 'C10', right: false, kind: 'typed-total', why: 'typed', alsoAt: ['C11'] },
    { sheet: 'Ark', cell: 'D10', right: true, kind: 'sum', why: 'SUM(D2:D9)' },
    { sheet: 'Ark', cell: 'E10', right: true, kind: 'sum', why: 'SUM(E2:E9)' },
    {
      sheet: 'Ark',
      cell: 'G10',
      right: false,
      kind: 'broken-reference',
      why: '#REF!',
      family: 'formula-error',
    },
  ],
  findings: [{ sheet: 'Ark', cells: 'A2:A9', code: 'UNREADABLE_VALUE', cause: 'date' }],
};

const never = () => false;

describe('scoreFile', () => {
  it('counts a finding real only on a labelled wrong cell of the same family', () => {
    const s = scoreFile(
      report([
        finding('B10', 'TOTAL_MISMATCH'),
        finding('$B$10', 'TOTAL_MISMATCH'), // a second finding on the same wrong total
        finding('B10', 'FORMULA_ERROR'), // right cell, wrong family
        finding('D10', 'TOTAL_MISMATCH'), // a right total called wrong
        finding('A3', 'UNREADABLE_VALUE'),
        finding('A4', 'UNREADABLE_VALUE', 'warning'), // not an error: not counted
        finding('F1', 'TOTAL_MISMATCH'), // no label covers it
        finding('G10', 'FORMULA_ERROR'), // a wrong cell of another family
      ]),
      LABELS,
      (_sheet, cell) => cell === 'A3' || cell === 'A4',
    );
    expect(s.errorFindings).toBe(7);
    expect(s.realFindings).toBe(3);
    expect([s.wrongTotals, s.foundTotals, s.rightTotals, s.rightFlagged]).toEqual([2, 1, 2, 1]);
    expect([s.wrongOther, s.foundOther]).toEqual([1, 1]);
    expect(s.missed.map((m) => m.cell)).toEqual(['C10']);
    expect(s.falseByCause).toEqual({ unlabelled: 3, date: 1 });
    expect(s.datesUnreadable).toBe(2);
    expect(s.byCode).toEqual({
      TOTAL_MISMATCH: { error: 4 },
      FORMULA_ERROR: { error: 2 },
      UNREADABLE_VALUE: { error: 1, warning: 1 },
    });
  });

  it("counts a finding of any of the label's families as real", () => {
    const labels: FileLabels = {
      ...LABELS,
      totals: [{ ...LABELS.totals[0]!, family: ['total', 'value'] }],
    };
    const s = scoreFile(report([finding('B10', 'UNREADABLE_VALUE')]), labels, never);
    expect([s.realFindings, s.foundTotals, s.wrongTotals]).toEqual([1, 1, 1]);
  });

  it('finds a wrong total by a finding at one of its other cells', () => {
    const s = scoreFile(report([finding('C11', 'TOTAL_MISMATCH')]), LABELS, never);
    expect([s.realFindings, s.foundTotals]).toEqual([1, 1]);
  });

  it('counts an unlabelled file and an unread file, and sums precision and recall', () => {
    const unread = scoreFile({ ...emptyReport('b.ods'), error: 'not read' }, undefined, never);
    const a = scoreFile(
      report([finding('B10', 'TOTAL_MISMATCH'), finding('F1', 'TOTAL_MISMATCH')]),
      LABELS,
      never,
    );
    const s = summarise('test', '.', [a, unread]);
    expect([s.files, s.filesRead, s.unlabelled]).toEqual([2, 1, ['b.ods']]);
    expect([s.errorFindings, s.realFindings, s.precision]).toEqual([2, 1, 0.5]);
    expect([s.wrongTotals, s.foundTotals, s.recall]).toEqual([2, 1, 0.5]);
    expect(s.notRead).toEqual([{ file: 'b.ods', error: 'not read' }]);
  });
});

describe('familyOf', () => {
  it.each([
    ['TOTAL_MISMATCH', 'total'],
    ['BUDGET_COLUMN_MISMATCH', 'total'],
    ['SUM_OMITS_ROWS', 'total'],
    ['UNREADABLE_VALUE', 'value'],
    ['FORMULA_ERROR', 'formula-error'],
    ['CAPACITY_EXCEEDED', 'capacity'],
    ['SOMETHING_NEW', 'SOMETHING_NEW'],
  ])('%s is about %s', (code, family) => expect(familyOf(code)).toBe(family));
});

describe('formatSummary', () => {
  it('names a finding code of unknown family, which can never count as real', () => {
    const s = summarise('test', '.', [
      scoreFile(report([finding('B10', 'SOMETHING_NEW' as Finding['code'])]), LABELS, never),
    ]);
    const lines = formatSummary(s).join('\n');
    expect(lines).toContain('SOMETHING_NEW            error 1  (family unknown');
    expect(lines).toContain('precision             0.0 %');
  });
});

describe('dateCells', () => {
  const sheet = sheetFromValues('Ark', [
    [new Date(Date.UTC(2023, 0, 1)), '2023-01-31', 45000, 'x', '2/25/20 - 3/8/2020', '1.500'],
  ]);
  sheet.rows[0]![2]!.numFmt = 'dd-mm-yyyy';
  const money = sheetFromValues('Ark2', [[45000]]);
  money.rows[0]![0]!.numFmt = '#,##0 "kr."';
  const wb: Workbook = { name: 'd.xlsx', sheets: [sheet, money], names: [] };
  it.each([
    ['Ark', 'A1', true],
    ['Ark', 'B1', true],
    ['Ark', 'C1', true],
    ['Ark', 'D1', false],
    ['Ark', 'E1', true],
    ['Ark', 'F1', false],
    ['Ark2', 'A1', false],
    ['Nope', 'A1', false],
  ])('%s!%s is a date: %s', (s, c, want) => expect(dateCells(wb)(s, c)).toBe(want));
});

describe('measureCorpus on the examples', () => {
  it('runs the check on each file and counts against the labels', async () => {
    const labels: Record<string, FileLabels> = {
      'budget-2024.xlsx': {
        file: 'budget-2024.xlsx',
        note: 'the seed budget: B10 is 10.000 kr. too high; D6 labelled right to test a false alarm',
        totals: [
          {
            sheet: 'Budget 2024',
            cell: 'B10',
            right: false,
            kind: 'typed-total',
            why: 'parts give 1.820.750',
          },
          {
            sheet: 'Budgetopfølgning',
            cell: 'D6',
            right: true,
            kind: 'test',
            why: 'labelled right on purpose',
          },
        ],
      },
      'arbejdsplan-2009.xlsx': {
        file: 'arbejdsplan-2009.xlsx',
        note: 'capacity finding at B10 labelled as a total, so it does not count',
        totals: [
          { sheet: 'Arbejdsplan 2009', cell: 'B10', right: false, kind: 'test', why: 'test' },
        ],
      },
    };
    const corpus: Corpus = {
      name: 'examples',
      dir: EXAMPLES,
      files: ['budget-2024.xlsx', 'arbejdsplan-2009.xlsx', 'barometer-2024.xlsx'].map((f) =>
        path.join(EXAMPLES, f),
      ),
      labels: (file) => labels[path.basename(file)],
    };
    const { summary } = await measureCorpus(corpus);
    expect([summary.files, summary.filesRead, summary.unlabelled]).toEqual([
      3,
      3,
      ['barometer-2024.xlsx'],
    ]);
    expect([summary.errorFindings, summary.realFindings]).toEqual([3, 1]);
    expect([summary.wrongTotals, summary.foundTotals, summary.rightFlagged]).toEqual([2, 1, 1]);
    expect(summary.byCode.CAPACITY_EXCEEDED).toEqual({ error: 1 });
    expect(summary.datesUnreadable).toBe(0);
  });
});
