/**
 * A part name as the package means it: no leading '/' or './', '..' resolved, '\\' as '/'.
 * A module of its own, so the read limits (which the web page loads up front) need no reader.
 */
export function normalisePartName(name: string): string {
  const out: string[] = [];
  for (const p of name.replace(/\\/g, '/').split('/')) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}
