import { makeStyles, tokens } from '@fluentui/react-components';

/** Layout for the pane (Griffel: styles are made at runtime, no stylesheet is fetched). */
export const useStyles = makeStyles({
  pane: {
    padding: '8px 12px 16px',
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // Five tabs are wider than a 320-pixel pane: they wrap instead of scrolling sideways.
  tabs: { flexWrap: 'wrap' },
  // The view's own width decides the tables' layout (a container, not the window: the same
  // pane is the whole window in Excel and a column of the web page).
  view: {
    display: 'flex',
    flexDirection: 'column',
    gap: '10px',
    paddingTop: '10px',
    containerType: 'inline-size',
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
  // Tables that fit any width: columns as wide as their content, long words broken rather than
  // running into the next column (a 320-pixel pane and a full-screen page alike).
  table: {
    tableLayout: 'auto',
    width: '100%',
    // Narrow (a 320-pixel pane, a column of the page): each row a block, each cell on its own
    // line with its column's name before it (data-label); the header row is for screen readers
    // only. Explicit roles keep the table a table for assistive technology when display changes.
    '@container (max-width: 720px)': {
      '& thead': {
        position: 'absolute',
        width: '1px',
        height: '1px',
        overflow: 'hidden',
        clipPath: 'inset(50%)',
      },
      '& tbody, & tr, & td': { display: 'block', width: 'auto', height: 'auto' },
      '& tr': { paddingTop: '6px', paddingBottom: '6px' },
      '& td': { minHeight: 0, paddingTop: '1px', paddingBottom: '1px' },
      '& td[data-label]::before': {
        content: 'attr(data-label) ": "',
        fontWeight: tokens.fontWeightSemibold,
      },
    },
  },
  cell: {
    overflowWrap: 'break-word',
    verticalAlign: 'top',
    paddingTop: '4px',
    paddingBottom: '4px',
  },
  // The row's name in a narrow pane stands as its heading.
  head: { '@container (max-width: 720px)': { fontWeight: tokens.fontWeightSemibold } },
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
