import { say } from '../i18n';
import { langOf, parseCheckArgs } from './args';
import { allocateHelp, helpText } from './help';
import { processIo, type Io } from './io';
import { version } from './version';
import { runAllocate } from './commands/allocate';
import { registryCommands, runRegistryCommand } from './registry-command';
import { operationByCliName } from '../registry';
import { readFile } from 'node:fs/promises';

function usageError(io: Io, lang: 'da' | 'en', message: { da: string; en: string }): number {
  const hint = lang === 'en' ? ' (see ramme --help --lang en)' : ' (se ramme --help)';
  io.err(`ramme: ${say(message, lang)}${hint}`);
  return 2;
}

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  const lang = langOf(argv);
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    io.out(helpText(lang, registryCommands()));
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v' || command === 'version') {
    io.out(`ramme ${version}\n`);
    return 0;
  }
  if (command === 'check') {
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(helpText(lang, registryCommands()));
      return 0;
    }
    const parsed = parseCheckArgs(rest);
    if (!parsed.ok) return usageError(io, lang, parsed.message);
    // Loaded only here: the readers and the check are most of the CLI's start-up time.
    const { runCheck } = await import('./check-command');
    return runCheck(parsed.args, io);
  }
  if (command === 'allocate') {
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(allocateHelp(lang));
      return 0;
    }
    const allocateIo = { out: io.out, err: io.err, readFile: (p: string) => readFile(p, 'utf8') };
    return runAllocate(rest, allocateIo, lang);
  }
  if (command === 'katalog') {
    // Reads a workbook: loaded only here, as check is.
    const { runKatalog } = await import('./commands/katalog');
    return runKatalog(rest, io, lang);
  }
  const op = operationByCliName(command);
  if (op) return runRegistryCommand(op, rest, io, lang);
  return usageError(io, lang, {
    da: `ukendt kommando "${command}"`,
    en: `unknown command "${command}"`,
  });
}

/**
 * Entry point of the `ramme` CLI; returns the exit code. Nothing escapes as a stack trace: an
 * unexpected error becomes one line on stderr and exit code 2.
 */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch {
    // The program's own text would not help a user; every expected failure has its message.
    io.err(
      say(
        {
          da: 'ramme: en fejl i Ramme stoppede kommandoen.',
          en: 'ramme: an error in Ramme stopped the command.',
        },
        langOf(argv),
      ),
    );
    return 2;
  }
}
