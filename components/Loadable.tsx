import { i18n } from '#imports';
import type { ReactNode } from 'react';
import type { RequestState } from './use-request';

/** Shows a request's loading and error states the same way everywhere. */
export function Loadable<T>({
  state,
  children,
}: {
  state: RequestState<T>;
  children: (value: T) => ReactNode;
}) {
  if (state.status === 'loading') return <p className="muted">{i18n.t('common.loading')}</p>;
  if (state.status === 'error') {
    return (
      <p role="alert" className="error">
        {i18n.t('common.error', [state.message])}
      </p>
    );
  }
  return <>{children(state.value)}</>;
}
