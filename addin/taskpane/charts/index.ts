/**
 * The pane's charts (issue 16): pure models with exact points, and thin Fluent UI chart views
 * loaded lazily in their own chunk. Views import from here only.
 */
export { IndicatorChart, StatusChart, CapacityChart } from './lazy-charts';
export {
  indicatorChart,
  periodX,
  PACE_HORIZON,
  type IndicatorChartModel,
} from './indicator-series';
export { statusBars, TARGET_PERCENT, type StatusBar } from './status-bars';
export { capacityBars, type CapacityBar } from './capacity-bars';
