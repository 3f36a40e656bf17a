import { z } from 'zod';
import { requests, type RequestName, type Responses } from './protocol';
import { classifySender, type ExtensionIdentity, type SenderInfo } from './sender';

/** What a handler may know of who asked: the tab, for requests from a content script. */
export interface RequestSender {
  tabId: number | null;
}

export type Handlers = {
  [K in RequestName]: (
    data: z.output<(typeof requests)[K]['data']>,
    sender: RequestSender,
  ) => Promise<Responses[K]>;
};

export class RejectedMessage extends Error {
  override name = 'RejectedMessage';
}

/** Checks who sent a request and what it holds, then hands it to its handler. */
export async function route<K extends RequestName>(
  name: K,
  rawData: unknown,
  sender: SenderInfo,
  self: ExtensionIdentity,
  handlers: Handlers,
): Promise<Responses[K]> {
  const spec = requests[name];
  const kind = classifySender(sender, self);
  if (kind === null || !(spec.from as readonly string[]).includes(kind)) {
    throw new RejectedMessage(`"${name}" is not accepted from ${sender.url ?? 'an unknown sender'}`);
  }
  const parsed = spec.data.safeParse(rawData ?? {});
  if (!parsed.success) {
    throw new RejectedMessage(`"${name}" has invalid data: ${z.prettifyError(parsed.error)}`);
  }
  const handler = handlers[name] as (data: unknown, sender: RequestSender) => Promise<Responses[K]>;
  return handler(parsed.data, { tabId: tabIdOf(sender) });
}

function tabIdOf(sender: SenderInfo): number | null {
  const tab = sender.tab as { id?: unknown } | undefined;
  return validTabId(tab?.id);
}

function validTabId(id: unknown): number | null {
  return typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : null;
}
