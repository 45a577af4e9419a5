import { useEffect } from 'react';

export const APP_NAME = 'Debugging Leadership';

export const documentTitle = (pageTitle?: string): string =>
  pageTitle
    ? `${pageTitle} · ${APP_NAME}`
    : `${APP_NAME}: a guide from engineer to technical leader`;

export const useDocumentTitle = (pageTitle?: string): void => {
  useEffect(() => {
    document.title = documentTitle(pageTitle);
  }, [pageTitle]);
};
