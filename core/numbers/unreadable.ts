import type { Dec } from './decimal';
import { unreadableMessage } from './messages';
import type { ParseResult, UnreadableReason } from './types';

export function unreadable(
  reason: UnreadableReason,
  text: string,
  candidates?: Dec[],
): ParseResult {
  const result: ParseResult = {
    ok: false,
    reason,
    text,
    message: unreadableMessage(reason, text, candidates),
  };
  if (candidates) result.candidates = candidates;
  return result;
}
