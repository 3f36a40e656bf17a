import { defineContentScript } from '#imports';
import { adapterFor } from '@/utils/sites';
import { startTanggap } from './tanggap';

export default defineContentScript({
  matches: ['https://*.facebook.com/*', 'https://*.instagram.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterFor(location.hostname);
    if (adapter) void startTanggap(ctx, adapter);
  },
});
