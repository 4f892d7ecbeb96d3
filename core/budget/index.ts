export type {
  BudgetCheck,
  BudgetColumn,
  BudgetColumnRole,
  BudgetLine,
  BudgetTable,
  MoneyCell,
  MoneyFinding,
  MoneyUnit,
  TotalCheck,
} from './types';
export { checkBudget } from './check';
export { budgetStructure, footnoteMark, type BudgetStructure } from './structure';
export { convertMoney, isMoneyUnit, moneyUnitOf } from './units';
export { moneyText, moneyTexts, sentence, UNIT_NAME } from './display';
export { moneyCellFrom } from './cell';
export { moneyCellOf, FixedMoneyCell, type MoneyContext } from './money-cell';
export { toReportFinding } from './report';
export { checkBudgetGrid } from './check-grid';
export { budgetTableOfGrid, type CellCount, type GridBudgetTable } from './grid-table';
