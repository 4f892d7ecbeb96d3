// The chart chunk: the only module that imports @fluentui/react-charts, loaded by lazy-charts.tsx
// when a chart is first shown, so the pane's first download stays small.
import {
  GroupedVerticalBarChart,
  LineChart,
  ResponsiveContainer,
  type LineChartPoints,
} from '@fluentui/react-charts';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Lang } from '../../../core/i18n';
import { usePane } from '../pane-context';
import type { CapacityBar } from './capacity-bars';
import { tickText } from './chart-number';
import type { IndicatorChartModel } from './indicator-series';
import { TARGET_PERCENT, type StatusBar } from './status-bars';

export interface ChartProps {
  /** The chart's accessible name (on its svg). */
  name: string;
  /** The id of the short text alternative under the chart. */
  describedBy: string;
}

const HEIGHT = 300;

// The library capitalises every legend word ("Nuværende Takt"); Danish does not.
const useLegendStyles = makeStyles({ legend: { textTransform: 'none' } });
function useLegendProps() {
  return { styles: { legend: useLegendStyles().legend } };
}
// Room for the axis titles the library asks for (55 px below, 60 px to the left).
const MARGINS = { top: 16, right: 16, bottom: 56, left: 60 };
const culture = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'da-DK');

function svgProps({ name, describedBy }: ChartProps) {
  return { 'aria-label': name, 'aria-describedby': describedBy };
}

/**
 * True from the second render on. The library draws a colour band once before it has measured
 * its box (a negative height the browser reports as an error): the band waits for the size.
 */
function useMeasured(): boolean {
  const [measured, setMeasured] = useState(false);
  useEffect(() => setMeasured(true), []);
  return measured;
}

export function IndicatorChart({
  model,
  unit,
  targetText,
  ...props
}: ChartProps & { model: IndicatorChartModel; unit: string; targetText: string }) {
  const { settings, t } = usePane();
  const lang = settings.lang;
  const legendProps = useLegendProps();
  const measured = useMeasured();
  const lines: LineChartPoints[] = [
    {
      legend: t('chartObserved'),
      data: model.observed,
      color: tokens.colorPaletteBlueForeground2,
    },
  ];
  if (model.pace.length > 0)
    lines.push({
      legend: t('chartPace'),
      data: model.pace,
      color: tokens.colorPaletteDarkOrangeForeground2,
      lineOptions: { strokeDasharray: '6 4' },
    });
  if (model.target.length > 0)
    lines.push({
      legend: `${t('target')} ${targetText}`,
      data: model.target,
      color: tokens.colorPaletteGreenForeground2,
      lineOptions: { strokeDasharray: '2 3' },
      hideNonActiveDots: true,
    });
  return (
    <ResponsiveContainer height={HEIGHT}>
      <LineChart
        data={{ chartTitle: props.name, lineChartData: lines }}
        culture={culture(lang)}
        margins={MARGINS}
        xAxisTitle={t('chartYear')}
        yAxisTitle={unit === 'percent' ? t('chartPercent') : t('chartValue')}
        tickValues={model.ticks}
        xMinValue={model.xMin}
        xMaxValue={model.xMax}
        yMinValue={model.yMin}
        yAxisTickCount={4}
        yAxisTickFormat={(n: number) => tickText(n, lang)}
        colorFillBars={
          model.targetYear === null || !measured
            ? undefined
            : [
                {
                  legend: `${t('targetYear')} ${model.targetYear}`,
                  color: tokens.colorPaletteGreenBackground2,
                  data: [{ startX: model.targetYear, endX: model.targetYear + 1 }],
                },
              ]
        }
        enabledLegendsWrapLines
        legendProps={legendProps}
        roundedTicks
        svgProps={svgProps(props)}
      />
    </ResponsiveContainer>
  );
}

export function StatusChart({ bars, ...props }: ChartProps & { bars: readonly StatusBar[] }) {
  const { settings, t } = usePane();
  const lang = settings.lang;
  const legendProps = useLegendProps();
  const pct = (n: number) => `${tickText(n, lang, 1)} %`;
  const withForecast = bars.filter((b) => b.forecast !== null);
  return (
    <ResponsiveContainer height={HEIGHT}>
      <GroupedVerticalBarChart
        chartTitle={props.name}
        dataV2={[
          {
            type: 'bar',
            legend: t('result'),
            color: tokens.colorPaletteBlueForeground2,
            data: bars.map((b) => ({
              x: b.key,
              y: b.actual,
              xAxisCalloutData: b.label,
              yAxisCalloutData: pct(b.actual),
            })),
          },
          ...(withForecast.length > 0
            ? [
                {
                  type: 'bar' as const,
                  legend: t('forecast'),
                  color: tokens.colorPaletteDarkOrangeForeground2,
                  data: withForecast.map((b) => ({
                    x: b.key,
                    y: b.forecast!,
                    xAxisCalloutData: b.label,
                    yAxisCalloutData: pct(b.forecast!),
                  })),
                },
              ]
            : []),
          {
            type: 'line',
            legend: `${t('target')} (${pct(TARGET_PERCENT)})`,
            color: tokens.colorPaletteGreenForeground2,
            lineOptions: { strokeDasharray: '2 3' },
            data: bars.map((b) => ({ x: b.key, y: TARGET_PERCENT, xAxisCalloutData: b.label })),
          },
        ]}
        culture={culture(lang)}
        margins={MARGINS}
        xAxisTitle={t('chartLineNo')}
        yAxisTitle={t('chartShareOfTarget')}
        yAxisTickCount={4}
        yAxisTickFormat={(n: number) => tickText(n, lang)}
        hideLabels
        enabledLegendsWrapLines
        legendProps={legendProps}
        roundedTicks
        svgProps={svgProps(props)}
      />
    </ResponsiveContainer>
  );
}

export function CapacityChart({ bars, ...props }: ChartProps & { bars: readonly CapacityBar[] }) {
  const { settings, t } = usePane();
  const lang = settings.lang;
  const legendProps = useLegendProps();
  return (
    <ResponsiveContainer height={HEIGHT}>
      <GroupedVerticalBarChart
        chartTitle={props.name}
        dataV2={[
          {
            type: 'bar',
            legend: t('chartPlan'),
            color: tokens.colorPaletteBlueForeground2,
            data: bars.map((b) => ({
              x: b.key,
              y: b.plan,
              yAxisCalloutData: tickText(b.plan, lang),
            })),
          },
          {
            // A bar, not a line: a plan of one year would give a line of one point, which the
            // library does not draw.
            type: 'bar',
            legend: t('chartCapacityBar'),
            color: tokens.colorPaletteGreenForeground2,
            data: bars.map((b) => ({
              x: b.key,
              y: b.capacity,
              yAxisCalloutData: tickText(b.capacity, lang),
            })),
          },
        ]}
        culture={culture(lang)}
        margins={MARGINS}
        xAxisTitle={t('chartYear')}
        yAxisTitle={t('chartPersonYears')}
        yAxisTickCount={4}
        yAxisTickFormat={(n: number) => tickText(n, lang)}
        hideLabels
        enabledLegendsWrapLines
        legendProps={legendProps}
        roundedTicks
        svgProps={svgProps(props)}
      />
    </ResponsiveContainer>
  );
}
