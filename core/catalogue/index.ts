export type { CostBasis, Initiative, PeopleBasis, Rounding, TargetGroup } from './types';
export { basisPeople, costBasis, costPerPerson, type CostPerPerson } from './cost';
export { roundRatio } from './exact';
export { scaleBy, scaleToMoney, scaleToPeople, type ScaleOptions } from './scale';
export {
  selectionOrder,
  selectWithinFrame,
  type ScaledDown,
  type Selection,
  type SelectOptions,
} from './select';
export { totalsByArea, type AreaTotal } from './areas';
export { targetGroupFrom } from './target';
export { readCatalogueText, type CatalogueText } from './text';
