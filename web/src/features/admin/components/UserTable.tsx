import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../app/paths';
import { DateTime } from '../../../components/DateTime';
import { RouterLink } from '../../../components/RouterLink';
import { roleLabel } from '../../../domain/labels';
import type { AdminUser } from '../api';
import { UserStatus } from './UserStatus';

export function UserTable({ users }: { users: readonly AdminUser[] }) {
  const { t } = useTranslation();
  return (
    <div className="dwb-table-scroll">
      <Table className="dwb-table">
        <TableCaption className="dwb-visually-hidden">{t('admin.users.tableCaption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('admin.users.columns.username')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('admin.users.columns.displayName')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('admin.users.columns.role')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('admin.users.columns.organisation')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('admin.users.columns.status')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('admin.users.columns.lastLogin')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {users.map((user) => (
            <TableRow key={user.id}>
              <TableHeaderCell scope="row" className="dwb-row-header">
                <RouterLink to={paths.user(user.id)}>{user.username}</RouterLink>
              </TableHeaderCell>
              <TableCell>{user.displayName}</TableCell>
              <TableCell>{roleLabel(t, user.role)}</TableCell>
              <TableCell>{user.organisation.name}</TableCell>
              <TableCell>
                <UserStatus user={user} />
              </TableCell>
              <TableCell>{user.lastLoginAt ? <DateTime value={user.lastLoginAt} /> : t('admin.users.never')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
