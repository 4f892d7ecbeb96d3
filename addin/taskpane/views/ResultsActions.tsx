import { useState } from 'react';
import { Button, Caption1 } from '@fluentui/react-components';
import type { ResultsTable } from '../../host/types';
import { usePane } from '../pane-context';
import { useStyles } from '../styles';

/** "Skriv til arket Ramme": where the host can write a results sheet. */
export function WriteResults({
  table,
  run,
  busy,
}: {
  table: () => ResultsTable;
  run(w: () => Promise<void>): Promise<void>;
  busy: boolean;
}) {
  const s = useStyles();
  const { host, t } = usePane();
  const [done, setDone] = useState(false);
  if (!host.writeResults) return <Caption1>{t('noResultsSheet')}</Caption1>;
  const write = host.writeResults.bind(host);
  return (
    <div className={s.actions}>
      <Button
        appearance="primary"
        disabledFocusable={busy}
        onClick={() =>
          run(async () => {
            setDone(false);
            await write(table());
            setDone(true);
          })
        }
      >
        {t('writeSheet')}
      </Button>
      {done && <Caption1 role="status">{t('sheetWritten')}</Caption1>}
    </div>
  );
}
