// The core as a library, `ramme/core`, for `npm pack` (prepack runs this after build-cli.mjs):
// one ES module (dist/core/index.mjs, decimal.js left to the dependency so a user's Dec and
// ours are the same class) and one declaration file bundled from core/index.ts, which plain
// `tsc` reads under any module resolution (no extensionless relative paths to resolve).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

await build({
  entryPoints: { index: 'core/index.ts' },
  outdir: 'dist/core',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['decimal.js'],
  // Bundled CommonJS helpers may require Node's built-ins at run time.
  banner: {
    js: "import { createRequire as __rammeRequire } from 'node:module'; const require = __rammeRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

execFileSync(
  process.execPath,
  [
    'node_modules/dts-bundle-generator/dist/bin/dts-bundle-generator.js',
    '--project',
    'tsconfig.core.json',
    '--no-check',
    '--silent',
    '--export-referenced-types',
    'false',
    '-o',
    'dist/core/index.d.ts',
    'core/index.ts',
  ],
  { stdio: 'inherit' },
);

// decimal.js types its default export in a CommonJS declaration file, which `module: nodenext`
// reads as the module object, not the class; its named export `Decimal` is the class everywhere.
const types = 'dist/core/index.d.ts';
const text = readFileSync(types, 'utf8');
const fixed = text.replace(
  "import DecimalJs from 'decimal.js';",
  "import { Decimal as DecimalJs } from 'decimal.js';",
);
if (fixed === text) throw new Error(`${types}: the decimal.js import was not found`);
writeFileSync(types, fixed);
