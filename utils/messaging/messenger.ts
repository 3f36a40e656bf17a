import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './protocol';

/** The one typed channel between content script, background and extension pages. */
export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
