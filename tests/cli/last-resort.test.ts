// A fault of Ramme's own (a bug, not a bad file) is told in words of Ramme's, never with the
// program's internal text; a system code (ENOSPC, EIO) is named, as it helps.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../core/cli/check-file';
import { main } from '../../core/cli/main';
import type { CheckOptions } from '../../core/check';

const BUDGET = path.join(__dirname, '../../examples/budget-2024.xlsx');

/** Options whose settings throw when the check reads them, as a bug inside the check would. */
function faulty(lang: 'da' | 'en', error: unknown): CheckOptions {
  return {
    lang,
    get settings(): CheckOptions['settings'] {
      throw error;
    },
  };
}

describe('last-resort messages', () => {
  it.each([
    ['da', 'budget-2024.xlsx kunne ikke tjekkes: en fejl i Ramme stoppede tjekket.'],
    ['en', 'budget-2024.xlsx could not be checked: an error in Ramme stopped the check.'],
  ] as const)('a bug in the check (%s)', async (lang, said) => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'rows')");
    const r = await checkFile({ file: BUDGET, options: faulty(lang, bug) });
    expect(r.error).toBe(said.replace('budget-2024.xlsx', BUDGET));
  });

  it('a system failure names its code', async () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), {
      code: 'ENOSPC',
    });
    const r = await checkFile({ file: BUDGET, options: faulty('da', full) });
    expect(r.error).toBe(`${BUDGET} kunne ikke tjekkes (ENOSPC).`);
  });

  it.each([
    [[], 'ramme: en fejl i Ramme stoppede kommandoen.'],
    [['--lang', 'en'], 'ramme: an error in Ramme stopped the command.'],
  ])('a bug anywhere in a command %j: one line, exit 2', async (lang, said) => {
    const err: string[] = [];
    const code = await main(['--version', ...lang], {
      out: () => {
        throw new TypeError('x.y is not a function');
      },
      err: (l) => void err.push(l),
    });
    expect(code).toBe(2);
    expect(err).toEqual([said]);
  });
});
