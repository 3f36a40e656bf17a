import { cleanup } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach } from 'vitest';
import { format, loadMessages, type UiLocale } from './locale-messages';

// fake-browser has no i18n: serve our real locale files, as Chrome would. TANGGAP_TEST_LOCALE picks one.
const locale: UiLocale = process.env.TANGGAP_TEST_LOCALE === 'id' ? 'id' : 'en';
const messages = await loadMessages(locale);

beforeEach(() => {
  fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => {
    const message = messages[key];
    return message === undefined ? '' : format(message, substitutions);
  }) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => locale;
});

afterEach(() => {
  // Testing Library only cleans up by itself where test globals are on.
  cleanup();
  fakeBrowser.reset();
});
