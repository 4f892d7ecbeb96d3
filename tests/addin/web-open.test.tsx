// The web page's "Åbn projektmappe" when the browser cannot hand over a chosen file's bytes
// (moved or removed after it was chosen): a Danish message naming the file, never the
// browser's own error text.
import './dom-shims';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { WebApp } from '../../addin/web/WebApp';

afterEach(cleanup);

function unreadable(name: string): File {
  const file = new File([new Uint8Array([0x50, 0x4b, 3, 4])], name);
  Object.defineProperty(file, 'arrayBuffer', {
    value: () =>
      Promise.reject(new DOMException('A requested file could not be read', 'NotReadableError')),
  });
  return file;
}

describe('opening a file the browser cannot read', () => {
  it.each([
    [
      'da',
      'budget.xlsx: filen kunne ikke læses. Vælg den igen, eller gem den et andet sted og åbn den derfra.',
    ],
    [
      'en',
      'budget.xlsx: the file could not be read. Choose it again, or save it somewhere else and open it from there.',
    ],
  ] as const)('says so in words of its own (%s)', async (lang, said) => {
    render(<WebApp initialLang={lang} />);
    fireEvent.change(screen.getByTestId('open-workbook'), {
      target: { files: [unreadable('budget.xlsx')] },
    });
    const problem = await screen.findByTestId('open-problem');
    expect(problem.textContent).toBe(said);
    expect(problem.textContent).not.toMatch(/NotReadable|requested/);
  });
});
