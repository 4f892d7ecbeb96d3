import { useState } from 'react';
import type { CellWrite } from '../host/types';
import { usePane } from './pane-context';

/**
 * Writing a view's values to the sheet without touching formula cells, and undoing it: the
 * outcome goes to the view's note, and a re-render follows so the undo button is current.
 */
export function useCellWrites(setNote: (note: string) => void): {
  write(writes: CellWrite[]): Promise<void>;
  undo(): Promise<void>;
} {
  const { host, t } = usePane();
  const [, setUndoTick] = useState(0);
  return {
    async write(writes) {
      const out = await host.write(writes, { overwriteFormulas: false });
      if (!out.ok) throw new Error(`${t('formulasBody')} ${out.formulaCells.join(', ')}`);
      setNote(`${out.written} ${t('written')}`);
      setUndoTick((n) => n + 1);
    },
    async undo() {
      if (await host.undo()) setNote(t('undone'));
      setUndoTick((n) => n + 1);
    },
  };
}
