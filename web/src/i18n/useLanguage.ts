import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from './index';

/** The active UI language; components using it re-render when the language changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'nl';
}
