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
export { sumDec } from './totals';
export { convertMoney, isMoneyUnit, kronerPer } from './units';
export { moneyText, showMoney, showNumber } from './display';
