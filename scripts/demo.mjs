// The main job on the project's own example workbooks. `ramme check` exits 1 when it finds
// errors — which the examples are built to contain — so only 2 (cannot read) fails the demo.
import { spawnSync } from 'node:child_process';

const args = ['bin/ramme.mjs', 'check', 'examples', ...process.argv.slice(2)];
const { status } = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(status === 0 || status === 1 ? 0 : (status ?? 2));
