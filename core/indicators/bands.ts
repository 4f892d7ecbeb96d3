import type { Text } from '../i18n';

/**
 * The five progress statuses of the Open SDG progress measure, as Statistics Canada publishes
 * them (codes as in their `indicator_calculation_components.yml`).
 */
export type ProgressStatus =
  | 'target_achieved'
  | 'substantial_progress'
  | 'moderate_progress'
  | 'limited_progress'
  | 'deterioration';

/**
 * How a status was measured. 'open-sdg': the published method (compound annual growth from the
 * base year, observed over required). 'linear-pace': Ramme's own variant on the least-squares
 * pace in points a year, banded with the same thresholds; not the published method.
 */
export type ProgressMethod = 'open-sdg' | 'linear-pace';

export const PROGRESS_LABELS: Record<ProgressStatus, Text> = {
  target_achieved: { da: 'Målet er nået', en: 'Target achieved' },
  substantial_progress: {
    da: 'Betydelige fremskridt, på rette spor',
    en: 'Substantial progress/on track',
  },
  moderate_progress: {
    da: 'Moderate fremskridt, tempoet skal op',
    en: 'Moderate progress/acceleration needed',
  },
  limited_progress: { da: 'Begrænsede fremskridt', en: 'Limited progress' },
  deterioration: { da: 'Forværring', en: 'Deterioration' },
};
