import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach } from 'vitest';

afterEach(() => {
  fakeBrowser.reset();
});
