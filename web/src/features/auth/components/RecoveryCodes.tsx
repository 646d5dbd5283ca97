import { Alert, OrderedList, OrderedListItem, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';

interface RecoveryCodesProps {
  codes: readonly string[];
  onContinue: () => void;
}

/** Shows the recovery codes once, right after enrolment, with a "stored them" button to continue. */
export function RecoveryCodes({ codes, onContinue }: RecoveryCodesProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('auth.recovery.title')}</PageTitle>
      <Paragraph>{t('auth.recovery.intro')}</Paragraph>
      <Alert type="warning" role="note">
        <Paragraph>{t('auth.recovery.warning')}</Paragraph>
      </Alert>
      <OrderedList aria-label={t('auth.recovery.listLabel')} className="dwb-recovery-codes">
        {codes.map((code) => (
          <OrderedListItem key={code}>
            <code className="dwb-code">{code}</code>
          </OrderedListItem>
        ))}
      </OrderedList>
      <PrimaryActionButton onClick={onContinue}>{t('auth.recovery.confirm')}</PrimaryActionButton>
    </>
  );
}
