/**
 * The chart library stays out of the first download: only the lazy chart chunk imports it
 * (source), and in the production build it sits in its own charts chunk that neither the page
 * nor the pane loads at start, whose initial JS stays within 350 KB gzipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initialScripts } from '../../../bench/pane';
import { buildWeb } from '../../e2e/build-web';

const CHART_VIEWS = path.join('addin', 'taskpane', 'charts', 'chart-views.tsx');

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((f) => path.join(dir, f));
}

describe('the chart library is loaded lazily', () => {
  it('only the chart chunk imports @fluentui/react-charts; the rest reaches it by import()', () => {
    const importers = sources('addin').filter((f) =>
      /from '@fluentui\/react-charts'/.test(readFileSync(f, 'utf8')),
    );
    expect(importers).toEqual([CHART_VIEWS]);
    const staticUsers = sources('addin').filter((f) =>
      /^import (?!type )[^;]*from '\.\/chart-views'/m.test(readFileSync(f, 'utf8')),
    );
    expect(staticUsers).toEqual([]);
    expect(readFileSync('addin/taskpane/charts/lazy-charts.tsx', 'utf8')).toContain(
      'import(/* webpackChunkName: "charts" */ \'./chart-views\')',
    );
  });

  describe('in the production build', () => {
    let out = '';
    beforeAll(async () => {
      out = await buildWeb();
    }, 600_000);

    it.each(['index.html', 'taskpane.html'])(
      '%s loads no chart code at start and stays within 350 KB gzipped',
      (page) => {
        const chunks = readdirSync(out).filter((f) => /^charts\.[0-9a-f]+\.js$/.test(f));
        expect(chunks).toHaveLength(1);
        // A name only the chart library has.
        expect(readFileSync(path.join(out, chunks[0]!), 'utf8')).toContain('colorFillBar');
        const scripts = initialScripts(out, page);
        expect(scripts.length).toBeGreaterThan(0);
        for (const s of scripts) {
          expect(s.src).not.toMatch(/^charts\./);
          expect(readFileSync(path.join(out, s.src), 'utf8')).not.toContain('colorFillBar');
        }
        const total = scripts.reduce((sum, s) => sum + s.gz, 0);
        expect(total).toBeLessThanOrEqual(350 * 1024);
      },
    );
  });
});
