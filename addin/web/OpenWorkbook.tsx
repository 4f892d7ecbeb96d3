import { useId } from 'react';
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/i18n';
import { webText } from './strings';

export const ACCEPT =
  '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: '4px' },
  label: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  input: {
    fontSize: tokens.fontSizeBase300,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
});

/**
 * "Åbn projektmappe": a labelled native file input (keyboard and screen readers know it). The
 * file is read by the page; it is never uploaded.
 */
export function OpenWorkbook({
  lang,
  busy,
  onFile,
}: {
  lang: Lang;
  busy: boolean;
  onFile(file: File): void;
}) {
  const s = useStyles();
  const id = useId();
  return (
    <div className={s.box}>
      <label htmlFor={id} className={s.label}>
        {webText(lang, 'open')}
      </label>
      <input
        id={id}
        className={s.input}
        type="file"
        accept={ACCEPT}
        disabled={busy}
        aria-describedby={`${id}-hint`}
        data-testid="open-workbook"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
      <Caption1 id={`${id}-hint`}>{webText(lang, 'openHint')}</Caption1>
    </div>
  );
}

/** Whether a dragged or chosen file is one the page can read (by name; content decides later). */
export function isWorkbookName(name: string): boolean {
  return /\.(xlsx|csv)$/i.test(name);
}
