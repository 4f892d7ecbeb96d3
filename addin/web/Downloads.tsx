import { useState, useSyncExternalStore } from 'react';
import { Button, Caption1, makeStyles } from '@fluentui/react-components';
import type { Lang } from '../../core/i18n';
import { loadSettings } from '../taskpane';
import {
  annotatedCopy,
  baseName,
  chartsLeftOut,
  DownloadRefused,
  saveFile,
  savedExtension,
  workbookWithValues,
} from './downloads';
import type { ViewStore } from './store';
import { webText } from './strings';

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '8px',
    alignItems: 'center',
    border: 0,
    margin: 0,
    padding: 0,
  },
  legend: { fontWeight: 600, marginRight: '4px', float: 'left', padding: 0 },
});

/**
 * "Hent resultat": the checked copy (as `ramme check --out` writes it) and, once Ramme has
 * written values, the workbook with them. Both are made in the page and saved as downloads.
 */
export function Downloads({ store, lang }: { store: ViewStore; lang: Lang }) {
  const s = useStyles();
  const view = useSyncExternalStore(store.subscribe, store.get);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const doc = store.doc;
  const changes = view.changed.size + view.added.length;

  const save = async (make: () => Promise<Uint8Array>, suffix: string, note = '') => {
    setBusy(true);
    setStatus(webText(lang, 'saving'));
    try {
      const name = `${baseName(doc.name)}-${suffix}.${savedExtension(doc)}`;
      saveFile(await make(), name);
      setStatus(`${webText(lang, 'saved')} ${name}${note ? `. ${note}` : ''}`);
    } catch (e) {
      setStatus(e instanceof DownloadRefused ? e.message : webText(lang, 'notSaved'));
    } finally {
      setBusy(false);
    }
  };

  const checked = () => {
    const settings = loadSettings(lang);
    return annotatedCopy(doc, {
      lang,
      settings: {
        hoursPerPersonYear: settings.hoursPerPersonYear,
        capacityCounting: settings.capacityCounting,
      },
    });
  };

  return (
    <fieldset className={s.group}>
      <legend className={s.legend}>{webText(lang, 'download')}</legend>
      <Button
        size="small"
        disabledFocusable={busy}
        onClick={() => void save(checked, webText(lang, 'checkedName'))}
        data-testid="download-checked"
      >
        {webText(lang, 'downloadChecked')}
      </Button>
      <Button
        size="small"
        disabledFocusable={busy || changes === 0}
        onClick={() =>
          void save(
            () => workbookWithValues(doc, store.get(), lang),
            webText(lang, 'valuesName'),
            chartsLeftOut(doc, store.get()) ? webText(lang, 'odsChartsLeftOut') : '',
          )
        }
        data-testid="download-values"
      >
        {webText(lang, 'downloadValues')}
        {changes > 0 &&
          ` (${[
            ...(view.changed.size > 0
              ? [`${view.changed.size} ${webText(lang, 'changedCells')}`]
              : []),
            ...view.added.map((name) => `${webText(lang, 'addedSheet')} ${name}`),
          ].join(', ')})`}
      </Button>
      {status && <Caption1 role="status">{status}</Caption1>}
    </fieldset>
  );
}
