import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { confidentialityLabel, roleLabel } from '../../../domain/labels';
import type { AdminUser } from '../api';
import { UserStatus } from './UserStatus';

/** Read-only overview of one user account. */
export function UserDetails({ user }: { user: AdminUser }) {
  const { t } = useTranslation();
  const rows: [string, ReactNode][] = [
    [t('admin.fields.username'), user.username],
    [t('admin.fields.displayName'), user.displayName],
    [t('admin.fields.email'), user.email],
    [t('admin.fields.role'), roleLabel(t, user.role)],
    [t('admin.fields.organisation'), user.organisation.name],
    [t('admin.fields.maxConfidentiality'), confidentialityLabel(t, user.maxConfidentiality)],
    [t('admin.users.columns.status'), <UserStatus user={user} />],
    [t('admin.detail.totp'), user.totpEnrolled ? t('admin.detail.totpEnrolled') : t('admin.detail.totpNotEnrolled')],
    [t('admin.users.columns.lastLogin'), user.lastLoginAt ? <DateTime value={user.lastLoginAt} /> : t('admin.users.never')],
    [t('admin.detail.createdAt'), <DateTime value={user.createdAt} />],
  ];
  return (
    <DataList className="dwb-data-list">
      {rows.map(([key, value]) => (
        <DataListItem key={key}>
          <DataListKey>{key}</DataListKey>
          <DataListValue>{value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}
