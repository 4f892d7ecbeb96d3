import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import type { Lang } from '../../core/i18n';
// The two small files, not core/io's index: that one pulls ExcelJS into the first load.
import { readLimits } from '../../core/io/limits';
import { fileTooLarge } from '../../core/io/messages';
import type { Host } from '../host/types';
import { loadSettings, saveSettings } from '../taskpane';
import { openWorkbook } from './downloads';
import { isWorkbookName, OpenWorkbook } from './OpenWorkbook';
import { ViewStore } from './store';
import { webText } from './strings';
import { createWebHost } from './web-host';
import { Workspace } from './Workspace';

const useStyles = makeStyles({
  page: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: '12px 16px',
    display: 'flex',
    flexDirection: 'column',
    gap: '12px',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: { display: 'flex', flexWrap: 'wrap', gap: '16px 24px', alignItems: 'center' },
  title: { margin: 0, fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold },
  grow: { flexGrow: 1 },
  drop: {
    outline: `3px dashed ${tokens.colorBrandStroke1}`,
    outlineOffset: '-8px',
  },
  intro: {
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
    alignItems: 'center',
    justifyContent: 'center',
    textAlign: 'center',
    minHeight: '40vh',
    padding: '24px',
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground2,
  },
});

interface Session {
  store: ViewStore;
  host: Host;
  key: string;
}

/**
 * The standalone page: "Åbn projektmappe" (file input or drag and drop), then the pane and the
 * sheet. Danish unless the saved pane setting says English; the header switches language.
 */
export function WebApp({ initialLang }: { initialLang?: Lang }) {
  const s = useStyles();
  const [lang, setLangState] = useState<Lang>(() => initialLang ?? loadSettings('da').lang);
  const langRef = useRef(lang);
  const [paneVersion, setPaneVersion] = useState(0);
  const [session, setSession] = useState<Session | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const opened = useRef(0);
  const paneBox = useRef<HTMLDivElement>(null);

  const setLang = useCallback((next: Lang) => {
    langRef.current = next;
    setLangState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    document.title = session ? `${session.store.doc.name} – Ramme` : 'Ramme';
  }, [session]);

  // The pane's own language setting (Indstillinger) shows as its root's lang attribute.
  useEffect(() => {
    const box = paneBox.current;
    if (!box) return;
    const observer = new MutationObserver(() => {
      const tag = box.querySelector('[lang]')?.getAttribute('lang');
      const next: Lang = tag === 'en' ? 'en' : 'da';
      if (next !== langRef.current) setLang(next);
    });
    observer.observe(box, { subtree: true, attributes: true, attributeFilter: ['lang'] });
    return () => observer.disconnect();
  }, [session, setLang]);

  const switchLang = () => {
    const next: Lang = lang === 'da' ? 'en' : 'da';
    saveSettings({ ...loadSettings(next), lang: next });
    setLang(next);
    setPaneVersion((v) => v + 1);
  };

  const open = async (file: File) => {
    setProblem(null);
    if (!isWorkbookName(file.name)) {
      setProblem(webText(lang, 'wrongType'));
      return;
    }
    // Refused before a byte is read: a file of gigabytes would fill the tab's memory first.
    const { maxFileBytes } = readLimits();
    if (file.size > maxFileBytes) {
      const refused = fileTooLarge(file.name, file.size, maxFileBytes);
      if (!refused.ok) setProblem(refused.error.message[lang]);
      return;
    }
    setBusy(true);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const read = await openWorkbook(bytes, file.name, lang);
      if (!read.ok) {
        setProblem(read.message);
        return;
      }
      const store = new ViewStore(read.doc);
      opened.current += 1;
      setSession({
        store,
        host: createWebHost(store, () => langRef.current),
        key: String(opened.current),
      });
    } catch {
      // The browser could not hand over the file's bytes (moved, or no longer readable).
      setProblem(`${file.name}: ${webText(lang, 'notOpened')}`);
    } finally {
      setBusy(false);
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void open(file);
  };

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <div
        className={`${s.page} ${dragging ? s.drop : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={(e) => {
          if (e.currentTarget === e.target) setDragging(false);
        }}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        <header className={s.header}>
          <h1 className={s.title}>{webText(lang, 'title')}</h1>
          <OpenWorkbook lang={lang} busy={busy} onFile={(f) => void open(f)} />
          {session && (
            <Text>
              {webText(lang, 'opened')} <strong>{session.store.doc.name}</strong>
            </Text>
          )}
          <span className={s.grow} />
          <Button
            appearance="subtle"
            onClick={switchLang}
            title={webText(lang, 'languageLabel')}
            lang={lang === 'da' ? 'en' : 'da'}
          >
            {webText(lang, 'language')}
          </Button>
        </header>
        {!session && (
          <div className={s.intro}>
            <Text size={500} weight="semibold">
              {webText(lang, 'dropArea')}
            </Text>
            <Text>{webText(lang, 'tagline')}</Text>
          </div>
        )}
        {dragging && <Text role="status">{webText(lang, 'dropHere')}</Text>}
        {busy && <Spinner size="small" labelPosition="after" label={webText(lang, 'reading')} />}
        {problem && (
          <MessageBar intent="error" layout="multiline" data-testid="open-problem">
            <MessageBarBody>{problem}</MessageBarBody>
          </MessageBar>
        )}
        <div ref={paneBox}>
          {session && (
            <Workspace
              key={session.key}
              store={session.store}
              host={session.host}
              lang={lang}
              paneKey={`${session.key}-${paneVersion}`}
            />
          )}
        </div>
      </div>
    </FluentProvider>
  );
}
