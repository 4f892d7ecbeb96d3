// The web page's reader, run in a Web Worker: unzipping and reading a large workbook takes
// seconds, and the page must keep answering clicks meanwhile. It posts back the grid in
// batches of rows (see read-messages.ts), or the reader's Danish and English message.
import type { Workbook } from '../../core/grid';
import { installInflateStream } from '../../core/io/inflate-stream';
import { readWorkbookBytes } from '../../core/io/read-workbook';
import { webInflateStream } from '../../core/io/web-inflate';
import { packRow, ROWS_PER_POST, type ReadPost, type ReadRequest } from './read-messages';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ReadRequest>) => void) | null;
  postMessage(post: ReadPost): void;
};

function post(wb: Workbook): void {
  for (const { rows, ...sheet } of wb.sheets) {
    scope.postMessage({ kind: 'sheet', sheet: { ...sheet, rows: [] } });
    for (let at = 0; at < rows.length; at += ROWS_PER_POST) {
      scope.postMessage({ kind: 'rows', rows: rows.slice(at, at + ROWS_PER_POST).map(packRow) });
    }
  }
  scope.postMessage({ kind: 'done', name: wb.name, names: wb.names });
}

// A big part is unpacked by the browser's own zlib, in pieces, where the browser has one.
installInflateStream(webInflateStream());

scope.onmessage = (e) => {
  const { bytes, name } = e.data;
  readWorkbookBytes(bytes, name).then(
    (read) => {
      if (read.ok) post(read.value);
      else scope.postMessage({ kind: 'failed', message: { ...read.error.message } });
    },
    () => scope.postMessage({ kind: 'failed', message: null }),
  );
};
