// Bundles the CLI and its worker with esbuild into dist/cli/, every dependency included: the
// packed tarball's `ramme` then runs without a node_modules (npm pack, npm install -g).
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

// Bundled CommonJS helpers may require Node's built-ins at run time.
const banner = {
  js: "import { createRequire as __rammeRequire } from 'node:module'; const require = __rammeRequire(import.meta.url);",
};

const result = await build({
  entryPoints: { ramme: 'core/cli/main.ts', worker: 'core/cli/worker.ts' },
  outdir: 'dist/cli',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  // `ramme check` is imported dynamically: its own chunk, so --help, allocate and the registry
  // commands load no workbook code.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner,
  // fflate's Node build loads worker_threads as it starts, for asynchronous calls Ramme never
  // makes; its browser build is the same code without that, so a check loads no thread code.
  alias: { fflate: 'fflate/browser' },
  sourcemap: false,
  // V8 parses every module of a command before it runs: minified, the code a check loads is
  // parsed in about 27 ms instead of 36 (cold CPU profiles of a small check). No stack trace
  // reaches a user, and tests run the sources.
  minify: true,
  logLevel: 'warning',
  metafile: true,
});

// What each chunk holds, for the start-up test (which code a command loads); outside dist/cli,
// so the packed tarball does not carry it.
writeFileSync('dist/cli-meta.json', JSON.stringify(result.metafile));

// Chunk names carry a content hash: drop the chunks of earlier builds, but only after this build
// has written its own, so a CLI another test file is running never loses the chunk it imports.
const written = new Set(Object.keys(result.metafile.outputs).map((f) => path.resolve(f)));
for (const name of readdirSync('dist/cli/chunks')) {
  const file = path.resolve('dist/cli/chunks', name);
  if (!written.has(file)) rmSync(file, { force: true });
}
