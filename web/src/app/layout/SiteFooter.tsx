import { PageFooter, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <PageFooter className="dwb-footer">
      <div className="utrecht-page-footer__content">
        <Paragraph>{t('app.footerConfidential')}</Paragraph>
        <Paragraph small>{t('app.footer')}</Paragraph>
      </div>
    </PageFooter>
  );
}
