import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** A polite "loading" notice for content that is still on its way. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Paragraph role="status" className="dwb-loading">
      {label ?? t('common.loading')}
    </Paragraph>
  );
}
