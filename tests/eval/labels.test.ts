import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellAt, isBlank, parseA1, type Workbook } from '../../core/grid';
import { installInflater, readWorkbookBytes } from '../../core/io';
import { nodeInflate } from '../../core/io/node';
import { generatedCorpus, realWorldCorpus } from '../../eval/corpora';
import type { FileLabels } from '../../eval/labels';

installInflater(nodeInflate);

/** Labelled cells that are not in the workbook, or are blank: a label that would skew the measure. */
function strayLabels(wb: Workbook, labels: FileLabels): string[] {
  return labels.totals.flatMap((t) => {
    const sheet = wb.sheets.find((s) => s.name === t.sheet);
    const at = parseA1(t.cell);
    if (!sheet || !at) return [`${t.sheet}!${t.cell} (no such sheet or cell)`];
    const cell = cellAt(sheet, at.row, at.col);
    return isBlank(cell) && !cell?.formula ? [`${t.sheet}!${t.cell} (blank)`] : [];
  });
}

/** The workbook, or undefined where the reader cannot read it (the measure counts those). */
async function workbook(file: string): Promise<Workbook | undefined> {
  try {
    const read = await readWorkbookBytes(await readFile(file), path.basename(file));
    return read.ok ? read.value : undefined;
  } catch {
    return undefined;
  }
}

describe('the evaluation corpus', () => {
  const corpus = generatedCorpus()!;

  it('has 40-60 workbooks from the three writers, each with its labels', () => {
    expect(corpus.files.length).toBeGreaterThanOrEqual(40);
    expect(corpus.files.length).toBeLessThanOrEqual(60);
    for (const writer of ['-lo.xlsx', '-xj.xlsx', '-py.xlsx']) {
      expect(corpus.files.filter((f) => f.endsWith(writer)).length).toBeGreaterThanOrEqual(10);
    }
    expect(corpus.files.filter((f) => corpus.labels(f) === undefined)).toEqual([]);
  });

  it('labels only cells that hold a number or a formula', async () => {
    const stray: string[] = [];
    for (const file of corpus.files) {
      const labels = corpus.labels(file)!;
      const wb = await workbook(file);
      if (wb) for (const s of strayLabels(wb, labels)) stray.push(`${labels.file} ${s}`);
    }
    expect(stray).toEqual([]);
  });

  it('plants wrong totals of each kind', () => {
    const kinds = new Set(
      corpus.files.flatMap((f) =>
        corpus
          .labels(f)!
          .totals.filter((t) => !t.right)
          .map((t) => t.kind),
      ),
    );
    for (const kind of [
      'omitted-rows',
      'double-count',
      'typed-total',
      'wrong-refs',
      'sibling-range',
    ]) {
      expect(kinds).toContain(kind);
    }
  });
});

describe('the real-world labels', () => {
  it('is no corpus where the workbooks are not (CI without ../shared)', () => {
    expect(realWorldCorpus('/nonexistent/real-world-dev')).toBeUndefined();
  });

  it('validate, one entry per file name', async () => {
    const { files } = JSON.parse(
      await readFile(path.resolve(__dirname, '../../eval/real-world-labels.json'), 'utf8'),
    ) as { files: FileLabels[] };
    expect(files.length).toBe(60);
    expect(new Set(files.map((f) => f.file)).size).toBe(60);
  });

  it('name cells that exist and are not blank, where the workbooks are here', async () => {
    const real = realWorldCorpus();
    const stray: string[] = [];
    for (const file of real?.files ?? []) {
      if (!existsSync(file)) continue;
      const labels = real!.labels(file)!;
      const wb = await workbook(file);
      if (wb) for (const s of strayLabels(wb, labels)) stray.push(`${labels.file} ${s}`);
    }
    expect(stray).toEqual([]);
  });
});
