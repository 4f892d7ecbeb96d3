import { useCallback, useRef, useState } from 'react';

/**
 * Runs one piece of async work at a time for a view: busy while it runs, its error kept to be
 * shown in the pane (errors in promises never reach React's error boundary).
 */
export function useTask(): {
  busy: boolean;
  error: unknown;
  run(work: () => Promise<void>): Promise<void>;
  clear(): void;
} {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const running = useRef(false);
  const run = useCallback(async (work: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e ?? new Error('unknown'));
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, error, run, clear: () => setError(null) };
}
