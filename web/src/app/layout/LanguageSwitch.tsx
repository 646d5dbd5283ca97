import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES } from '../../i18n';
import { useLanguage } from '../../i18n/useLanguage';

/** NL/EN toggle. Each button names its language in that language (lang attribute set). */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLanguage();
  return (
    <div className="dwb-language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <Button key={language} appearance="subtle-button" lang={language} pressed={language === current} onClick={() => void changeLanguage(language)}>
          {t(`language.${language}`)}
        </Button>
      ))}
    </div>
  );
}
