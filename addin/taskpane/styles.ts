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
  findings: {
    listStyleType: 'none',
    padding: 0,
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
  },
});
