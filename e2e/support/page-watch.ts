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
  // An address with no page is answered with 404.html and status 404, as static hosts do, and
  // Chromium logs that status for the document: the not-found page working as meant.
  const notFoundPages = new Set<string>();
  page.on('response', (response) => {
    if (response.status() === 404 && response.request().isNavigationRequest())
      notFoundPages.add(response.url());
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const notFoundPage =
      message.text().includes('status of 404') && notFoundPages.has(message.location().url);
    if (!notFoundPage) consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  return { foreignRequests, consoleErrors };
}
