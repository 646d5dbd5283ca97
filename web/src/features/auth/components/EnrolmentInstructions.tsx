import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Enrolment } from '../api';
import { groupSecret } from '../codes';

/** Step 1 of enrolment: the QR code and, for manual entry, the secret as text. */
export function EnrolmentInstructions({ enrolment }: { enrolment: Enrolment }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="enrol-scan-heading" className="dwb-section">
      <Heading2 id="enrol-scan-heading">{t('auth.enrol.scanHeading')}</Heading2>
      <Paragraph>{t('auth.enrol.scanText')}</Paragraph>
      <img className="dwb-qr" src={enrolment.qrDataUrl} alt={t('auth.enrol.qrAlt')} width={200} height={200} />
      <Paragraph>
        {t('auth.enrol.secretLabel')}{' '}
        <code className="dwb-code dwb-secret" data-testid="totp-secret">
          {groupSecret(enrolment.secret)}
        </code>
      </Paragraph>
    </section>
  );
}
