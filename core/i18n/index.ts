export type Lang = 'da' | 'en';

/** A message in both languages; every text that can reach a user is one of these. */
export interface Text {
  da: string;
  en: string;
}

/**
 * Something wrong with the user's input or request: a stable code for programs, a message in
 * Danish and English for people, and where it is when it is in a sheet.
 */
export interface Problem {
  code: string;
  message: Text;
  sheet?: string;
  cell?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: Problem };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(
  code: string,
  da: string,
  en: string,
  where?: { sheet?: string; cell?: string },
): Result<T> {
  return { ok: false, error: { code, message: { da, en }, ...where } };
}

export function say(text: Text, lang: Lang): string {
  return lang === 'en' ? text.en : text.da;
}
