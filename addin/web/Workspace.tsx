import { useSyncExternalStore } from 'react';
import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/i18n';
import type { Host } from '../host/types';
import { App } from '../taskpane';
import { Downloads } from './Downloads';
import { FindingList } from './FindingList';
import type { ViewStore } from './store';
import { webText } from './strings';
import { StructureMap } from './StructureMap';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    // Side by side on a screen: the pane's views get room for their tables, the sheet the rest.
    gridTemplateColumns: 'minmax(340px, 5fr) minmax(0, 7fr)',
    alignItems: 'start',
    gap: '12px',
    '@media (max-width: 900px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  pane: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
  },
  main: { display: 'flex', flexDirection: 'column', gap: '8px', minWidth: 0 },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: '16px', alignItems: 'end' },
});

/**
 * An opened workbook: the same pane as in Excel on the web Host, beside the sheet it works on,
 * the marked findings and "Hent resultat".
 */
export function Workspace({
  store,
  host,
  lang,
  paneKey,
}: {
  store: ViewStore;
  host: Host;
  lang: Lang;
  paneKey: string;
}) {
  const s = useStyles();
  const view = useSyncExternalStore(store.subscribe, store.get);
  const sheets = store.doc.workbook.sheets;
  return (
    <div className={s.layout}>
      <aside className={s.pane} aria-label={webText(lang, 'pane')} data-testid="pane">
        <App key={paneKey} host={host} />
      </aside>
      <main className={s.main}>
        <div className={s.toolbar}>
          <Field label={webText(lang, 'sheet')}>
            <Select
              value={view.active}
              onChange={(_, d) => store.update({ active: d.value })}
              data-testid="sheet-picker"
            >
              {sheets.map((sh) => (
                <option key={sh.name} value={sh.name}>
                  {sh.name}
                </option>
              ))}
            </Select>
          </Field>
          <Downloads store={store} lang={lang} />
        </div>
        <StructureMap store={store} lang={lang} />
        <FindingList store={store} host={host} lang={lang} />
      </main>
    </div>
  );
}
