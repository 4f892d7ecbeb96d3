import type { Dec } from './decimal';
import { unreadableMessage } from './messages';
import type { Text } from '../i18n';
import type { ParseResult, UnreadableReason } from './types';

export function unreadable(
  reason: UnreadableReason,
  text: string,
  candidates?: Dec[],
): ParseResult {
  let message: Text | undefined;
  const result: ParseResult = {
    ok: false,
    reason,
    text,
    // Written when first read: detection asks 100.000s of labels ('Konto 7') whether they are
    // numbers and never shows why they are not.
    get message() {
      return (message ??= unreadableMessage(reason, text, candidates));
    },
  };
  if (candidates) result.candidates = candidates;
  return result;
}
