/** A one-line progress bar on a terminal's stderr; silent when stderr is not a terminal. */
export interface Progress {
  tick(done: number): void;
  end(): void;
}

const WIDTH = 24;

export function progressBar(
  total: number,
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
): Progress {
  if (!stream.isTTY || total < 2) return { tick() {}, end() {} };
  const draw = (done: number): void => {
    const filled = Math.round((done / total) * WIDTH);
    stream.write(
      `\r[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} ${label}`,
    );
  };
  draw(0);
  return {
    tick: draw,
    end() {
      stream.write('\r\x1b[2K');
    },
  };
}
