import { useMemo, useState } from 'react';
import {
  Button,
  Caption1,
  Field,
  Select,
  Table,
  TableBody,
  TableCell,
  TableRow,
} from '@fluentui/react-components';
import { periodText, reasonText, statusName } from '../../../core/check';
import type { DetectedTable } from '../../../core/detect';
import type { Workbook } from '../../../core/grid';
import type { FileReport } from '../../../core/report';
import { PROGRESS_LABELS } from '../../../core/indicators';
import { checkRead, tablesOf } from '../engine';
import { usePane } from '../pane-context';
import { TableHead } from './TableHead';
import { Busy, ProblemBar } from '../Problem';
import { indicatorSeries, indicatorsTable } from '../results-model';
import { showDecimal } from '../show';
import { useTask } from '../use-task';
import { WriteResults } from './ResultsActions';
import { IndicatorChartButton } from '../InsertChartButton';
import { IndicatorChart, indicatorChart } from '../charts';
import { useStyles } from '../styles';

export function IndicatorsView() {
  const s = useStyles();
  const { host, settings, t } = usePane();
  const lang = settings.lang;
  const task = useTask();
  const [state, setState] = useState<{
    wb: Workbook;
    report: FileReport;
    tables: DetectedTable[];
  } | null>(null);
  const [chartRow, setChartRow] = useState(0);

  const compute = () =>
    task.run(async () => {
      const wb = await host.read('workbook');
      setState({ wb, report: checkRead(wb, settings), tables: tablesOf(wb) });
      setChartRow(0);
    });

  const results = state?.report.indicators ?? [];
  const chosen = results[chartRow];
  const series = useMemo(
    () => (state && chosen ? indicatorSeries(state.wb, state.tables, chosen) : null),
    [state, chosen],
  );
  const chart = chosen && series ? indicatorChart(series, chosen) : null;

  return (
    <section aria-label={t('tabIndicators')} className={s.view}>
      <Button appearance="primary" onClick={compute} disabledFocusable={task.busy}>
        {t('computeIndicators')}
      </Button>
      {task.busy && <Busy label={t('reading')} />}
      {task.error !== null && <ProblemBar error={task.error} />}
      {state && results.length === 0 && <Caption1>{t('noIndicators')}</Caption1>}
      {state && results.length > 0 && (
        <>
          <Table role="table" size="small" aria-label={t('tabIndicators')} className={s.table}>
            <TableHead
              keys={[
                'indicator',
                'latest',
                'change',
                'rate',
                'target',
                'yearsToTarget',
                'targetYear',
                'statusCol',
              ]}
              className={s.cell}
            />
            <TableBody role="rowgroup">
              {results.map((r) => (
                <TableRow role="row" key={`${r.sheet}:${r.row}`}>
                  <TableCell role="cell" className={`${s.cell} ${s.head}`}>
                    {r.label}
                  </TableCell>
                  <TableCell role="cell" className={s.cell} data-label={t('latest')}>
                    {showDecimal(r.latest?.value, lang, 1)} (
                    {r.latest ? periodText(r.latest.period, lang) : '–'})
                  </TableCell>
                  <TableCell role="cell" className={s.cell} data-label={t('change')}>
                    {showDecimal(r.changePoints, lang, 1)}
                  </TableCell>
                  <TableCell role="cell" className={s.cell} data-label={t('rate')}>
                    {showDecimal(r.ratePerYear, lang)}
                  </TableCell>
                  <TableCell role="cell" className={s.cell} data-label={t('target')}>
                    {r.target === null
                      ? '–'
                      : `${showDecimal(r.target, lang)}${r.unit === 'percent' ? ' %' : ''}`}
                  </TableCell>
                  <TableCell role="cell" className={s.cell} data-label={t('yearsToTarget')}>
                    {r.yearsToTarget !== null
                      ? `${showDecimal(r.yearsToTarget, lang, 1)}${r.reachedIn ? ` (${r.reachedIn})` : ''}`
                      : r.reason !== null
                        ? reasonText(r.reason, lang)
                        : '–'}
                  </TableCell>
                  <TableCell role="cell" className={s.cell} data-label={t('targetYear')}>
                    {r.targetYear ?? '–'}
                  </TableCell>
                  <TableCell role="cell" className={s.cell} data-label={t('statusCol')}>
                    {r.status !== null ? statusName(r.status, lang) : '–'}
                    {r.progress?.status && (
                      // The published Open SDG measure by the target year; the hover names it.
                      <span
                        title={
                          r.progress.method === 'open-sdg'
                            ? `Open SDG, ${r.progress.targetYear}`
                            : String(r.progress.targetYear)
                        }
                      >
                        {` · ${PROGRESS_LABELS[r.progress.status][lang]}`}
                      </span>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Field label={t('chartFor')}>
            <Select
              className={s.select}
              value={String(chartRow)}
              onChange={(_, d) => setChartRow(Number(d.value))}
            >
              {results.map((r, i) => (
                <option key={`${r.sheet}:${r.row}`} value={i}>
                  {r.label}
                </option>
              ))}
            </Select>
          </Field>
          {chosen && chart && chart.observed.length > 0 && (
            <IndicatorChart
              name={`${t('chartIndicator')}: ${chosen.label}`}
              caption={t('chartFiguresAbove')}
              model={chart}
              unit={chosen.unit}
              targetText={
                chosen.target === null
                  ? ''
                  : `${showDecimal(chosen.target, lang)}${chosen.unit === 'percent' ? ' %' : ''}`
              }
            />
          )}
          <WriteResults
            busy={task.busy}
            run={task.run}
            table={() =>
              indicatorsTable(
                results,
                settings,
                chosen && series ? { title: chosen.label, ...series } : undefined,
              )
            }
          />
          <IndicatorChartButton
            indicator={chosen}
            workbook={state.wb}
            tables={state.tables}
            task={task}
          />
        </>
      )}
    </section>
  );
}
