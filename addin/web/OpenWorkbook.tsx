import { useId, useRef } from 'react';
import { Button, Caption1, makeStyles } from '@fluentui/react-components';
import type { Lang } from '../../core/i18n';
import { hasWorkbookExtension, WORKBOOK_EXTENSIONS } from '../../core/io/workbook-names';
import { webText } from './strings';

/** The chooser's filter: the files the CLI reads (.xls and .xlsb to say how to convert them). */
export const ACCEPT = [
  ...WORKBOOK_EXTENSIONS,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel.sheet.macroEnabled.12',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.ms-excel',
  'text/csv',
].join(',');

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: '4px', alignItems: 'flex-start' },
  // The file input stays in the page (labelled, for tools and tests) but out of sight and out
  // of the tab order: the Fluent button is what people see and reach with the keyboard.
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

/**
 * "Åbn projektmappe": a Fluent button that opens the browser's file chooser (or drop the file on
 * the page). The file is read by the page; it is never uploaded.
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
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={s.box}>
      <Button
        appearance="primary"
        disabledFocusable={busy}
        aria-describedby={`${id}-hint`}
        data-testid="open-button"
        onClick={() => input.current?.click()}
      >
        {webText(lang, 'open')}
      </Button>
      <input
        ref={input}
        className={s.hidden}
        type="file"
        accept={ACCEPT}
        disabled={busy}
        tabIndex={-1}
        aria-label={webText(lang, 'open')}
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
  return hasWorkbookExtension(name);
}
