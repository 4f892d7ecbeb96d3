#!/usr/bin/env node
// The CLI is bundled by `npm run build:cli` (esbuild) into dist/cli/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/ramme.mjs', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('ramme: kør først "npm run build:cli" (run "npm run build:cli" first)\n');
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
