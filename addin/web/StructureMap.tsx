import { useMemo, useState, useSyncExternalStore } from 'react';
import { Caption1, Switch, makeStyles } from '@fluentui/react-components';
import type { Lang } from '../../core/i18n';
import { structureColours, type StructureColours } from '../host/structure';
import { loadSettings, translate } from '../taskpane';
import { checkRead } from '../taskpane/engine';
import { StructureLegend } from '../taskpane/StructureLegend';
import { SheetView } from './SheetView';
import type { ViewStore } from './store';

const useStyles = makeStyles({
  bar: { display: 'flex', flexDirection: 'column', gap: '4px' },
});

/** The active sheet's structure map: the core's check of that sheet, its tables' roles. */
export function sheetStructure(store: ViewStore, sheetName: string, lang: Lang): StructureColours {
  const sheet = store.sheet(sheetName);
  const wb = store.doc.workbook;
  if (!sheet) return structureColours([], sheetName);
  const report = checkRead(
    { name: wb.name, sheets: [sheet], names: wb.names.filter((n) => n.sheet === sheetName) },
    { ...loadSettings(lang), lang },
  );
  return structureColours(report.tables, sheetName);
}

/**
 * The sheet view with a switch for the structure map: when on, each recognised table's cells
 * are tinted by their row's role (or their column's, where the column is outside every sum),
 * the column letters carry the column's role, and a legend names the colours.
 */
export function StructureMap({ store, lang }: { store: ViewStore; lang: Lang }) {
  const s = useStyles();
  const [on, setOn] = useState(false);
  const { active, changed } = useSyncExternalStore(store.subscribe, store.get);
  // Writes change the grid in place and replace `changed`: it tells the map to look again.
  const structure = useMemo(
    () => (on ? sheetStructure(store, active, lang) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [on, store, active, changed, lang],
  );
  return (
    <>
      <div className={s.bar}>
        <Switch
          checked={on}
          onChange={(_, d) => setOn(d.checked)}
          label={translate(lang, 'showStructure')}
          data-testid="structure-switch"
        />
        {structure && <StructureLegend lang={lang} />}
        {structure?.empty && <Caption1 role="status">{translate(lang, 'noStructure')}</Caption1>}
      </div>
      <SheetView store={store} lang={lang} structure={structure} />
    </>
  );
}
