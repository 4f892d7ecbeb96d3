// Bundles the CLI and its worker with esbuild; dependencies stay in node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: { ramme: 'core/cli/main.ts', worker: 'core/cli/worker.ts' },
  outdir: 'dist/cli',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: false,
  logLevel: 'warning',
});
