import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { usePane } from './pane-context';

/** What went wrong, in the pane's language; a programming error's own text is shown as-is. */
export function messageOf(error: unknown, lang: 'da' | 'en'): string {
  const e = error as { message?: unknown; error?: { message?: { da: string; en: string } } } | null;
  const text = e?.error?.message;
  if (text && typeof text.da === 'string') return lang === 'en' ? text.en : text.da;
  if (e && typeof e.message === 'string') return e.message;
  return String(error);
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
