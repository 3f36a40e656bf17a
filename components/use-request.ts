import { useEffect, useState } from 'react';
import type { TableName } from '@/utils/db/database';
import { sendMessage } from '@/utils/messaging/messenger';
import type { RequestData, RequestName, Responses } from '@/utils/messaging/protocol';
import { subscribeDbChanged } from './db-changes';

export type RequestState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

/**
 * Asks the background (the database's only owner) and asks again whenever it reports that one
 * of `tables` changed, so every open page shows the same data.
 */
export function useRequest<K extends RequestName>(
  name: K,
  data: RequestData<K>,
  tables: readonly TableName[],
): RequestState<Responses[K]> {
  const [state, setState] = useState<RequestState<Responses[K]>>({ status: 'loading' });
  const key = JSON.stringify(data);

  useEffect(() => {
    let alive = true;
    const load = () => {
      // The generic protocol map defeats the messenger's overloads; the background validates anyway.
      const send = sendMessage as (n: RequestName, d: unknown) => Promise<unknown>;
      send(name, JSON.parse(key))
        .then((value) => alive && setState({ status: 'ready', value: value as Responses[K] }))
        .catch((error: unknown) => alive && setState({ status: 'error', message: String(error) }));
    };
    load();
    const stop = subscribeDbChanged((changed) => {
      if (changed.some((t) => tables.includes(t))) load();
    });
    return () => {
      alive = false;
      stop();
    };
    // `tables` is a constant list at every call site.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [name, key]);

  return state;
}
