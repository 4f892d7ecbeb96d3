import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { usePane } from './pane-context';
import { translate } from './strings';

/**
 * A fault in the program itself (JavaScript's own TypeError, RangeError, …): its text would not
 * help a user. Errors Excel or the host adapter raise carry words meant for the user.
 */
export function isProgramFault(error: unknown): boolean {
  return (
    error instanceof TypeError ||
    error instanceof RangeError ||
    error instanceof ReferenceError ||
    error instanceof SyntaxError ||
    error instanceof EvalError ||
    error instanceof URIError
  );
}

/** What went wrong, in the pane's language; a fault of Ramme's own is called that. */
export function messageOf(error: unknown, lang: 'da' | 'en'): string {
  const e = error as { message?: unknown; error?: { message?: { da: string; en: string } } } | null;
  const text = e?.error?.message;
  if (text && typeof text.da === 'string') return lang === 'en' ? text.en : text.da;
  if (isProgramFault(error)) return capitalised(translate(lang, 'internalError'));
  if (e && typeof e.message === 'string') return e.message;
  return String(error);
}

function capitalised(s: string): string {
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

export function ProblemBar({ error, title }: { error: unknown; title?: string }) {
  const { t, settings } = usePane();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title ?? t('errorTitle')}</MessageBarTitle>
        {messageOf(error, settings.lang)}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Long work: a spinner with its label, announced politely. */
export function Busy({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite">
      <Spinner size="small" labelPosition="after" label={label} />
    </div>
  );
}
