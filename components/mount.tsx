import { browser } from '#imports';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './base.css';

/** Mounts an extension page in the browser's language (en or id). */
export function mountPage(title: string, app: ReactNode): void {
  document.documentElement.lang = browser.i18n.getUILanguage().startsWith('id') ? 'id' : 'en';
  document.title = title;
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element.');
  createRoot(container).render(<StrictMode>{app}</StrictMode>);
}
