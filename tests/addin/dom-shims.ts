/**
 * What a browser has and jsdom lacks, for the pane's tests: ResizeObserver (Fluent's MessageBar
 * and tabs measure themselves). This one observes nothing; layout does not exist in jsdom.
 */
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as Record<string, unknown>;
g.ResizeObserver ??= NoLayoutResizeObserver;
if (typeof window !== 'undefined')
  (window as unknown as Record<string, unknown>).ResizeObserver ??= NoLayoutResizeObserver;
export {};
