import { lazy, Suspense, useId, type ComponentProps, type ReactNode } from 'react';
import { Caption1, makeStyles } from '@fluentui/react-components';
import { usePane } from '../pane-context';
// Types only: the views themselves stay in their lazy chunk.
import type * as Views from './chart-views';
import { Busy } from '../Problem';
import { useViewShown } from '../view-shown';

// One chunk for every chart: fetched the first time a chart is shown, never with the pane.
const load = () => import(/* webpackChunkName: "charts" */ './chart-views');
const Indicator = lazy(() => load().then((m) => ({ default: m.IndicatorChart })));
const Status = lazy(() => load().then((m) => ({ default: m.StatusChart })));
const Capacity = lazy(() => load().then((m) => ({ default: m.CapacityChart })));

const useStyles = makeStyles({
  // As wide as the view and no wider: the chart measures this box (a 320-pixel pane included).
  figure: { margin: 0, width: '100%', minWidth: 0, display: 'flex', flexDirection: 'column' },
});

type Without<P> = Omit<P, 'describedBy' | 'name'>;

/** A chart with its name and its short text alternative; a spinner while the chunk loads. */
function Figure({
  name,
  caption,
  children,
}: {
  name: string;
  caption: string;
  children: (describedBy: string) => ReactNode;
}) {
  const s = useStyles();
  const { t } = usePane();
  const id = useId();
  const shown = useViewShown();
  return (
    <figure className={s.figure} data-testid="chart" data-chart-name={name}>
      {shown && <Suspense fallback={<Busy label={t('chartLoading')} />}>{children(id)}</Suspense>}
      <Caption1 as="p" id={id}>
        {caption}
      </Caption1>
    </figure>
  );
}

type Named<P> = Without<P> & { name: string; caption: string };

export function IndicatorChart({
  name,
  caption,
  ...rest
}: Named<ComponentProps<typeof Views.IndicatorChart>>) {
  return (
    <Figure name={name} caption={caption}>
      {(id) => <Indicator name={name} describedBy={id} {...rest} />}
    </Figure>
  );
}

export function StatusChart({
  name,
  caption,
  ...rest
}: Named<ComponentProps<typeof Views.StatusChart>>) {
  return (
    <Figure name={name} caption={caption}>
      {(id) => <Status name={name} describedBy={id} {...rest} />}
    </Figure>
  );
}

export function CapacityChart({
  name,
  caption,
  ...rest
}: Named<ComponentProps<typeof Views.CapacityChart>>) {
  return (
    <Figure name={name} caption={caption}>
      {(id) => <Capacity name={name} describedBy={id} {...rest} />}
    </Figure>
  );
}
