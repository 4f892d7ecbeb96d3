/** Where the CLI writes; tests and the main entry pass their own. */
export interface Io {
  out(text: string): void;
  /** One line on stderr (a newline is added). */
  err(line: string): void;
}

export const processIo: Io = {
  out: (text) => void process.stdout.write(text),
  err: (line) => void process.stderr.write(`${line}\n`),
};
