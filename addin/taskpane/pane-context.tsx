import { createContext, useContext } from 'react';
import type { Host } from '../host/types';
import type { PaneSettings } from './settings';
import { translate, type StringKey } from './strings';

export interface PaneContextValue {
  host: Host;
  settings: PaneSettings;
  setSettings(s: PaneSettings): void;
}

export const PaneContext = createContext<PaneContextValue | null>(null);

export function usePane(): PaneContextValue & { t(key: StringKey): string } {
  const value = useContext(PaneContext);
  if (!value) throw new Error('usePane outside PaneContext');
  return { ...value, t: (key) => translate(value.settings.lang, key) };
}
