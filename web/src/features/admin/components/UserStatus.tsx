import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import type { AdminUser } from '../api';

/** Active/deactivated, plus a lock or missing two-step verification, in words. */
export function UserStatus({ user }: { user: AdminUser }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const lockedUntil = user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > Date.now() ? user.lockedUntil : null;
  return (
    <span className="dwb-status-list">
      <span>{user.active ? t('admin.status.active') : t('admin.status.inactive')}</span>
      {lockedUntil && <span>{t('admin.status.lockedUntil', { time: formatDateTime(lockedUntil, language) })}</span>}
      {!user.totpEnrolled && <span>{t('admin.status.totpMissing')}</span>}
    </span>
  );
}
