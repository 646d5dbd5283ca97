import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setLanguageProvider } from '../api/client';
import { en } from './en';
import { nl, type Messages } from './nl';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'dwarsboom.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : 'nl';
  } catch {
    return 'nl';
  }
}

/** The active UI language, narrowed to the ones we ship. */
export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'nl';
}

/** Switch the UI language, remember it, and keep <html lang> in step for assistive technology. */
export async function changeLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language);
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage can be blocked by browser policy; the choice then lasts for this page load only.
  }
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = isLanguage(language) ? language : 'nl';
});

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: readStoredLanguage(),
  fallbackLng: 'nl',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
  showSupportNotice: false,
});

setLanguageProvider(currentLanguage);

export { i18n };
