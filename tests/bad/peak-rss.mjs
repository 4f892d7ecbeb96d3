// Loaded into a CLI run by runCli (--import): when the process ends, its peak resident memory
// (the kernel's high-water mark, maxRSS in KiB) goes to the file RAMME_TEST_PEAK_FILE names.
import { writeFileSync } from 'node:fs';

const file = process.env.RAMME_TEST_PEAK_FILE;
if (file) {
  process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
}
