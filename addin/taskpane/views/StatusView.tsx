import { useState } from 'react';
import {
  Badge,
  Button,
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableRow,
} from '@fluentui/react-components';
import { wholeForecast } from '../../../core/check';
import type { StatusResult } from '../../../core/report';
import { checkRead } from '../engine';
import { usePane } from '../pane-context';
import { TableHead } from './TableHead';
import { Busy, ProblemBar } from '../Problem';
import { statusTable } from '../results-model';
import { showDecimal } from '../show';
import { useTask } from '../use-task';
import { WriteResults } from './ResultsActions';
import { StatusChartButton } from '../InsertChartButton';
import { StatusChart, statusBars } from '../charts';
import { useStyles } from '../styles';

export function StatusView() {
  const s = useStyles();
  const { host, settings, t } = usePane();
  const lang = settings.lang;
  const task = useTask();
  const [results, setResults] = useState<StatusResult[] | null>(null);

  const compute = () =>
    task.run(async () => {
      setResults(checkRead(await host.read('workbook'), settings).status);
    });

  return (
    <section aria-label={t('tabStatus')} className={s.view}>
      <Button appearance="primary" onClick={compute} disabledFocusable={task.busy}>
        {t('computeStatus')}
      </Button>
      {task.busy && <Busy label={t('reading')} />}
      {task.error !== null && <ProblemBar error={task.error} />}
      {results && results.length === 0 && <Caption1>{t('noStatus')}</Caption1>}
      {results && results.length > 0 && (
        <>
          <Table role="table" size="small" aria-label={t('tabStatus')} className={s.table}>
            <TableHead
              keys={['initiative', 'target', 'result', 'attainment', 'forecast', 'onTrack']}
              className={s.cell}
            />
            <TableBody role="rowgroup">
              {results.map((r) => (
                <TableRow role="row" key={`${r.sheet}:${r.row}`}>
                  <TableCell role="cell" className={`${s.cell} ${s.head}`}>
                    {r.id ? `${r.id} ${r.label}` : r.label}
                  </TableCell>
                  <TableCell role="cell" className={s.cell} data-label={t('target')}>
                    {showDecimal(r.target, lang)}
                    {r.targetMax ? `–${showDecimal(r.targetMax, lang)}` : ''}
                    {r.unit === 'percent' ? ' %' : ''}
                  </TableCell>
                  <TableCell role="cell" className={s.cell} data-label={t('result')}>
                    {showDecimal(r.actual, lang)}
                    {r.unit === 'percent' ? ' %' : ''}
                  </TableCell>
                  <TableCell role="cell" className={s.cell} data-label={t('attainment')}>
                    {r.attainment === null ? '–' : `${showDecimal(r.attainment, lang, 1)} %`}
                  </TableCell>
                  <TableCell role="cell" className={s.cell} data-label={t('forecast')}>
                    {/* A count's forecast in whole units, as the CLI shows it. */}
                    {r.forecast === null || r.unit !== 'count'
                      ? '–'
                      : showDecimal(wholeForecast(r.forecast), lang)}
                  </TableCell>
                  <TableCell role="cell" className={s.cell} data-label={t('onTrack')}>
                    {r.onTrack === null ? (
                      '–'
                    ) : (
                      <Badge appearance="tint" color={r.onTrack ? 'success' : 'danger'}>
                        {r.onTrack ? t('yes') : t('no')}
                      </Badge>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {statusBars(results).length > 0 && (
            <StatusChart
              name={t('chartStatus')}
              caption={t('chartFiguresAbove')}
              bars={statusBars(results)}
            />
          )}
          <WriteResults
            busy={task.busy}
            run={task.run}
            table={() => statusTable(results, settings)}
          />
          <StatusChartButton results={results} task={task} />
        </>
      )}
    </section>
  );
}
