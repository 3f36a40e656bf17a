import { defineContentScript } from '#imports';
import { startCapture } from './capture';

export default defineContentScript({
  matches: ['https://*.facebook.com/*', 'https://*.instagram.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startCapture(ctx);
  },
});
