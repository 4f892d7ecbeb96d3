import { useState } from 'react';
import { Button, Caption1 } from '@fluentui/react-components';
import type { ChartSpec } from '../host/types';
import { usePane } from './pane-context';
import { useStyles } from './styles';

/**
 * "Indsæt diagram": a native chart on a new sheet (Excel), or in the workbook the web page
 * downloads. Nothing is shown where the host cannot draw one.
 */
export function InsertChartButton({
  spec,
  run,
  busy,
}: {
  spec: () => ChartSpec;
  run(w: () => Promise<void>): Promise<void>;
  busy: boolean;
}) {
  const s = useStyles();
  const { host, t } = usePane();
  const [sheet, setSheet] = useState<string | null>(null);
  if (!host.insertChart) return null;
  const insert = host.insertChart.bind(host);
  return (
    <div className={s.actions}>
      <Button
        disabled={busy}
        onClick={() =>
          run(async () => {
            setSheet(null);
            setSheet((await insert(spec())).sheet);
          })
        }
      >
        {t('insertChart')}
      </Button>
      {sheet !== null && (
        <Caption1 role="status">
          {`${t('chartInserted')} «${sheet}».`}
          {host.kind === 'web' && ` ${t('chartInDownload')}`}
        </Caption1>
      )}
    </div>
  );
}
