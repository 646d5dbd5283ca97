import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Set `document.title` to "<page> · Dwarsboom" while the calling page is shown. */
export function useDocumentTitle(page: string): void {
  const { t } = useTranslation();
  const title = t('app.documentTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
