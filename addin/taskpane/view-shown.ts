import { createContext, useContext } from 'react';

/**
 * Whether the view around a component is the one shown. Every view stays mounted; a chart in
 * a hidden view is not drawn, because its arrow-key groups would hold on to focus there.
 */
export const ViewShown = createContext(true);

export const useViewShown = (): boolean => useContext(ViewShown);
