import type { ParamKind, ParamSpec } from './types';

const LIST_KINDS: ReadonlySet<ParamKind> = new Set<ParamKind>([
  'amounts',
  'periods',
  'texts',
  'dates',
  'shares',
]);

/** Whether a parameter takes a list (a range of cells, several CLI words). */
export function isListKind(kind: ParamKind): boolean {
  return LIST_KINDS.has(kind);
}

/** Shorthand for a parameter entry: key, Danish and English name and description. */
export function param(
  key: string,
  kind: ParamKind,
  name: [da: string, en: string],
  description: [da: string, en: string],
  optional: boolean | 'allowEmpty' = false,
): ParamSpec {
  return {
    key,
    kind,
    name: { da: name[0], en: name[1] },
    description: { da: description[0], en: description[1] },
    ...(optional === true ? { optional: true } : {}),
    ...(optional === 'allowEmpty' ? { allowEmpty: true } : {}),
  };
}
