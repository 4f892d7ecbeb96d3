// The web page's downloads, made in a Web Worker: reading, checking and patching a large
// workbook takes seconds, and the page must keep answering meanwhile. It posts back the copy's
// bytes (transferred, not copied) or what stopped it (copies.ts).
import { installInflateStream } from '../../core/io/inflate-stream';
import { webInflateStream } from '../../core/io/web-inflate';
import { makeCopy, type CopyOutcome, type CopyRequest } from './copies';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<CopyRequest>) => void) | null;
  postMessage(outcome: CopyOutcome, transfer?: Transferable[]): void;
};

// A big part is unpacked by the browser's own zlib, in pieces, where the browser has one.
installInflateStream(webInflateStream());

scope.onmessage = (e) => {
  void makeCopy(e.data).then((outcome) =>
    scope.postMessage(outcome, outcome.kind === 'made' ? [outcome.bytes.buffer] : []),
  );
};
