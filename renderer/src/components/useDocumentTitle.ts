import { useEffect } from 'react';
import { commonText } from '../../../shared/i18n/sv/ui-common.ts';

/** Sets the window title to "<page> – Protokollet" (or just the app name while loading). */
export function useDocumentTitle(page: string | null | undefined): void {
  useEffect(() => {
    document.title = page ? commonText.documentTitle(page) : commonText.appName;
  }, [page]);
}
