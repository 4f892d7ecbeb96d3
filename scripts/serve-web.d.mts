/** Serves a folder on localhost; port 0 picks a free port. */
export function serveWeb(options?: {
  root?: string;
  port?: number;
  host?: string;
}): Promise<{ url: string; close(): Promise<void> }>;
