import { useState, useSyncExternalStore } from 'react';
import { Badge, Button, Caption1, Link, Subtitle2, makeStyles } from '@fluentui/react-components';
import { sheetCell } from '../../core/grid';
import type { Lang } from '../../core/i18n';
import type { Host } from '../host/types';
import type { ViewStore } from './store';
import { webText } from './strings';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    maxHeight: '30vh',
    overflowY: 'auto',
  },
  item: { display: 'flex', gap: '8px', alignItems: 'baseline', flexWrap: 'wrap' },
  message: { overflowWrap: 'anywhere' },
});

const COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

/** Marks listed at a time: 100.000s of list items would freeze the page. */
const PAGE = 200;

/**
 * The findings marked in the sheet, as `Ark!Celle`: each one a button that scrolls the sheet
 * view to its cell. Data attributes carry the finding as the report has it (for tests and tools).
 */
export function FindingList({ store, host, lang }: { store: ViewStore; host: Host; lang: Lang }) {
  const s = useStyles();
  const { marks } = useSyncExternalStore(store.subscribe, store.get);
  const [shown, setShown] = useState(PAGE);
  return (
    <section aria-labelledby="ramme-marks-title">
      <Subtitle2 as="h2" block id="ramme-marks-title">
        {webText(lang, 'marks')} ({marks.length})
      </Subtitle2>
      {marks.length === 0 ? (
        <Caption1 as="p" block>
          {webText(lang, 'noMarks')}
        </Caption1>
      ) : (
        <ul className={s.list} data-testid="marked-findings">
          {marks.slice(0, shown).map((f, i) => (
            <li
              key={`${f.sheet}!${f.cell}:${f.code}:${i}`}
              className={s.item}
              data-sheet={f.sheet}
              data-cell={f.cell}
              data-code={f.code}
              data-severity={f.severity}
              data-message={f.message}
            >
              <Badge appearance="tint" color={COLOR[f.severity]}>
                {webText(lang, `severity_${f.severity}`)}
              </Badge>
              <Link as="button" onClick={() => void host.goTo(f.sheet, f.cell)}>
                {sheetCell(f.sheet, f.cell)}
              </Link>
              {/* The code is for tools and support: a hover, never in place of the words. */}
              <span className={s.message} title={f.code}>
                {f.message}
              </span>
            </li>
          ))}
        </ul>
      )}
      {marks.length > shown && (
        <Caption1 as="p" block>
          {webText(lang, 'marksShowing')} {shown.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB')}.{' '}
          <Button size="small" onClick={() => setShown((n) => n + PAGE)}>
            {webText(lang, 'marksMore')}
          </Button>
        </Caption1>
      )}
    </section>
  );
}
