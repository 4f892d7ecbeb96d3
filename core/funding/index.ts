export type {
  Frame,
  FundingCheck,
  FundingLine,
  FundingPeriod,
  FundingTable,
  PeriodBalance,
  SourceBalance,
} from './types';
export { fundingBalance } from './balance';
export { frameByYear, frameForYear } from './frame';
export { allocatePool, allocatePoolByNeed, type PoolAllocation, type PoolShare } from './pool';
export { toFundingResults } from './report';
