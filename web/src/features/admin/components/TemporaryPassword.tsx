import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserWithPassword } from '../api';

interface TemporaryPasswordProps {
  result: UserWithPassword;
  onDismiss: () => void;
}

/** Shows a temporary password once; it takes focus so it is not missed. */
export function TemporaryPassword({ result, onDismiss }: TemporaryPasswordProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  const headingId = `temporary-password-${result.user.id}`;

  useEffect(() => {
    ref.current?.focus();
  }, [result]);

  return (
    <section ref={ref} tabIndex={-1} aria-labelledby={headingId} className="utrecht-alert utrecht-alert--ok dwb-one-time">
      <Heading3 id={headingId}>{t('admin.temporaryPassword.heading', { username: result.user.username })}</Heading3>
      <Paragraph>{t('admin.temporaryPassword.text', { name: result.user.displayName })}</Paragraph>
      <Paragraph>
        {t('admin.temporaryPassword.label')}{' '}
        <code className="dwb-code dwb-secret" data-testid="temporary-password">
          {result.temporaryPassword}
        </code>
      </Paragraph>
      <Button appearance="secondary-action-button" onClick={onDismiss}>
        {t('admin.temporaryPassword.dismiss')}
      </Button>
    </section>
  );
}
