import { Component, type ReactNode } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Lang } from '../../core/i18n';
import { isProgramFault } from './Problem';
import { translate } from './strings';

interface Props {
  lang: Lang;
  children: ReactNode;
}

/** A view that fails while rendering shows a Danish (or English) message, never a blank pane. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    const { lang, children } = this.props;
    if (!error) return children;
    const why = isProgramFault(error) ? translate(lang, 'internalError') : error.message;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{translate(lang, 'errorTitle')}</MessageBarTitle>
          {translate(lang, 'errorBody')} ({why})
          <div>
            <Button size="small" onClick={() => this.setState({ error: null })}>
              {translate(lang, 'tryAgain')}
            </Button>
          </div>
        </MessageBarBody>
      </MessageBar>
    );
  }
}
