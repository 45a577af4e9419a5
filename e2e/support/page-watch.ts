import type { Page } from 'playwright-core';

/**
 * Records what a reader would never want: a request to any origin but the app's own, and any
 * console error or uncaught exception. Tests assert both lists stay empty.
 */
export function watchPage(page: Page, appOrigin: string) {
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== appOrigin) foreignRequests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  return { foreignRequests, consoleErrors };
}
