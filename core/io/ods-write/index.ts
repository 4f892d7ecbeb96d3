export { gridRows } from './grid-rows';
export { odsSheetNames, patchOds } from './patch';
export type { OdsMark, OdsNewCell, OdsNewSheet, OdsPatch } from './patch';
