// Bundles the CLI and its worker with esbuild; dependencies stay in node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: { ramme: 'core/cli/main.ts', worker: 'core/cli/worker.ts' },
  outdir: 'dist/cli',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  // `ramme check` is imported dynamically: its own chunk, so --help, allocate and the registry
  // commands load no workbook code (ExcelJS alone costs about 0,4 s).
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: false,
  logLevel: 'warning',
});
