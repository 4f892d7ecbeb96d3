/**
 * Control characters a terminal acts on (ESC starts a colour or title sequence, BEL rings, a
 * line break would forge a report line), the Unicode line separators and the bidirectional
 * overrides that reorder what a line shows.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A text as it may reach a terminal: each unsafe character written as its escape (`\n`, `\x1b`,
 * `\u202e`), so a file named with an escape code prints as text instead of acting.
 */
export function printable(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const named = NAMED[ch];
    if (named !== undefined) return named;
    const code = ch.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
