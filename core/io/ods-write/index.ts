export { odsSheetNames, patchOds } from './patch';
export type { OdsMark, OdsPatch } from './patch';
