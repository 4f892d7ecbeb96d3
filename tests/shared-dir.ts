import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `shared/` beside the checkout, as CI lays it out; this workplace's copy otherwise. */
export const SHARED =
  [path.resolve(ROOT, '../shared'), '/work/shared'].find((dir) =>
    existsSync(path.join(dir, 'domain')),
  ) ?? path.resolve(ROOT, '../shared');

export const DOMAIN_EXAMPLES = path.join(SHARED, 'domain', 'examples');
export const DOMAIN_SOURCES = path.join(SHARED, 'domain', 'sources');
