import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';

/** Shown when the initial session check failed for another reason than "not logged in". */
export function UnavailablePage({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('app.unavailableTitle')}</PageTitle>
      <ErrorAlert error={error} />
      <Paragraph>
        <Button appearance="primary-action-button" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </Paragraph>
    </>
  );
}
