import { useState } from 'react';
import { Button, Caption1 } from '@fluentui/react-components';
import type { DetectedTable } from '../../core/detect';
import type { Workbook } from '../../core/grid';
import type { IndicatorResult, StatusResult } from '../../core/report';
import type { ChartSpec } from '../host/types';
import { indicatorChart, statusChart } from './chart-specs';
import { usePane } from './pane-context';
import { indicatorSeries } from './results-model';
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
        disabledFocusable={busy}
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

interface Task {
  run(w: () => Promise<void>): Promise<void>;
  busy: boolean;
}

/** Indikatorer: the chosen indicator over its periods, with its target to the target year. */
export function IndicatorChartButton({
  indicator,
  workbook,
  tables,
  task,
}: {
  indicator: IndicatorResult | undefined;
  workbook: Workbook;
  tables: readonly DetectedTable[];
  task: Task;
}) {
  const { settings } = usePane();
  if (!indicator) return null;
  return (
    <InsertChartButton
      busy={task.busy}
      run={task.run}
      spec={() => indicatorChart(indicator, indicatorSeries(workbook, tables, indicator), settings)}
    />
  );
}

/** Status: each initiative's attainment and forecast against its target. */
export function StatusChartButton({
  results,
  task,
}: {
  results: readonly StatusResult[];
  task: Task;
}) {
  const { settings } = usePane();
  return (
    <InsertChartButton
      busy={task.busy}
      run={task.run}
      spec={() => statusChart(results, settings)}
    />
  );
}
