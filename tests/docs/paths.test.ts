/** The project's documents name paths relative to the checkout, never one developer's machine. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../cli/helpers';

const SKIP = new Set(['node_modules', 'dist', '.git', '.tmp', 'bench-out', 'coverage']);

function markdown(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (SKIP.has(e.name)) return [];
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return markdown(p);
    return e.name.endsWith('.md') ? [p] : [];
  });
}

describe('documents', () => {
  it('name no absolute path of a developer machine', () => {
    const files = markdown(REPO);
    expect(files.map((f) => path.relative(REPO, f))).toContain('examples/README.md');
    const found = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${path.relative(REPO, f)}:${i + 1}` }))
        .filter(({ line }) =>
          /(^|[\s`'"(])(\/work\/|\/home\/|\/Users\/|[A-Z]:\\Users\\)/.test(line),
        )
        .map(({ at }) => at),
    );
    expect(found).toEqual([]);
  });
});
