import { useState } from 'react';
import { FluentProvider, Tab, TabList, webLightTheme } from '@fluentui/react-components';
import type { Host } from '../host/types';
import { ErrorBoundary } from './ErrorBoundary';
import { PaneContext } from './pane-context';
import { loadSettings, saveSettings, type PaneSettings } from './settings';
import { translate, type StringKey } from './strings';
import { AllocateView } from './views/AllocateView';
import { CheckView } from './views/CheckView';
import { IndicatorsView } from './views/IndicatorsView';
import { KatalogView } from './views/KatalogView';
import { SettingsView } from './views/SettingsView';
import { StatusView } from './views/StatusView';
import { useStyles } from './styles';
import { ViewShown } from './view-shown';

export type ViewId = 'check' | 'allocate' | 'catalogue' | 'indicators' | 'status' | 'settings';

const VIEWS: Array<{ id: ViewId; label: StringKey; View: () => JSX.Element }> = [
  { id: 'check', label: 'tabCheck', View: CheckView },
  { id: 'allocate', label: 'tabAllocate', View: AllocateView },
  { id: 'catalogue', label: 'tabCatalogue', View: KatalogView },
  { id: 'indicators', label: 'tabIndicators', View: IndicatorsView },
  { id: 'status', label: 'tabStatus', View: StatusView },
  { id: 'settings', label: 'tabSettings', View: SettingsView },
];

export interface AppProps {
  host: Host;
  /** Settings to start from; default: saved ones, else defaults in the host's language. */
  settings?: PaneSettings;
  /** The view to open first. */
  view?: ViewId;
}

/**
 * The Ramme pane: six views in tabs over one Host. Every view sits in an error boundary, so a
 * failure shows a message in the pane's language rather than a blank pane. All views stay
 * mounted (hidden when not chosen), so results survive switching tabs.
 */
export function App({ host, settings: initial, view = 'check' }: AppProps) {
  const s = useStyles();
  const [settings, setSettingsState] = useState<PaneSettings>(
    () => initial ?? loadSettings(host.lang),
  );
  const [tab, setTab] = useState<ViewId>(view);
  const setSettings = (s: PaneSettings) => {
    setSettingsState(s);
    saveSettings(s);
  };
  const lang = settings.lang;
  return (
    <FluentProvider theme={webLightTheme} dir="ltr" lang={lang === 'en' ? 'en' : 'da'}>
      {/* The pane's box inside the provider: Fluent copies the provider's classes onto every
          portal (a chart's tooltip), which would then cover the page at full height. */}
      <div className={s.pane}>
        <PaneContext.Provider value={{ host, settings, setSettings }}>
          <TabList
            selectedValue={tab}
            onTabSelect={(_, d) => setTab(d.value as ViewId)}
            aria-label={translate(lang, 'tabs')}
            size="small"
            className={s.tabs}
          >
            {VIEWS.map((v) => (
              <Tab
                key={v.id}
                value={v.id}
                id={`ramme-tab-${v.id}`}
                aria-controls={`ramme-panel-${v.id}`}
              >
                {translate(lang, v.label)}
              </Tab>
            ))}
          </TabList>
          {VIEWS.map(({ id, View }) => (
            <div
              key={id}
              id={`ramme-panel-${id}`}
              role="tabpanel"
              aria-labelledby={`ramme-tab-${id}`}
              hidden={tab !== id}
            >
              <ViewShown.Provider value={tab === id}>
                <ErrorBoundary lang={lang}>
                  <View />
                </ErrorBoundary>
              </ViewShown.Provider>
            </div>
          ))}
        </PaneContext.Provider>
      </div>
    </FluentProvider>
  );
}
