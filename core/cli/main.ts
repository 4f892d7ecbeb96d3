/** Entry point of the `ramme` CLI; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  process.stdout.write(`ramme ${argv.join(' ')}\n`);
  return 0;
}
