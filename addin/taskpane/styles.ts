import { makeStyles, tokens } from '@fluentui/react-components';

/** Layout for the pane (Griffel: styles are made at runtime, no stylesheet is fetched). */
export const useStyles = makeStyles({
  pane: {
    padding: '8px 12px 16px',
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  view: { display: 'flex', flexDirection: 'column', gap: '10px', paddingTop: '10px' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
  // Tables that fit any width: columns as wide as their content, long words broken rather than
  // running into the next column (a 320-pixel pane and a full-screen page alike).
  table: { tableLayout: 'auto', width: '100%' },
  cell: { overflowWrap: 'anywhere', verticalAlign: 'top', paddingTop: '4px', paddingBottom: '4px' },
  // A native select is as wide as its longest option unless held to its field.
  select: { width: '100%', minWidth: 0, '& select': { maxWidth: '100%' } },
  results: { margin: 0, paddingLeft: '18px', display: 'flex', flexDirection: 'column', gap: '4px' },
  findings: {
    listStyleType: 'none',
    padding: 0,
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
  },
});
