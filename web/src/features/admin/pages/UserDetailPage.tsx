import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { isApiError } from '../../../api/client';
import { useApiResource } from '../../../api/useApiResource';
import { paths } from '../../../app/paths';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { RouterLink } from '../../../components/RouterLink';
import { fetchOrganisations, fetchUser, type AdminUser } from '../api';
import { AccountActions } from '../components/AccountActions';
import { EditUserForm } from '../components/EditUserForm';
import { UserDetails } from '../components/UserDetails';

function UserSections({ user, onChanged }: { user: AdminUser; onChanged: (user: AdminUser) => void }) {
  const { t } = useTranslation();
  const organisations = useApiResource((signal) => fetchOrganisations(signal), []);
  return (
    <>
      <section aria-labelledby="user-details-heading" className="dwb-section">
        <Heading2 id="user-details-heading">{t('admin.detail.detailsHeading')}</Heading2>
        <UserDetails user={user} />
      </section>
      <section aria-labelledby="user-account-heading" className="dwb-section">
        <Heading2 id="user-account-heading">{t('admin.detail.accountHeading')}</Heading2>
        <AccountActions user={user} onChanged={onChanged} />
      </section>
      <section aria-labelledby="user-edit-heading" className="dwb-section">
        <Heading2 id="user-edit-heading">{t('admin.detail.editHeading')}</Heading2>
        {organisations.loading && <Loading />}
        {organisations.error !== null && <ErrorAlert error={organisations.error} />}
        {organisations.data && <EditUserForm key={user.id} user={user} organisations={organisations.data} onSaved={onChanged} />}
      </section>
    </>
  );
}

export function UserDetailPage() {
  const { t } = useTranslation();
  const { userId = '' } = useParams();
  const user = useApiResource((signal) => fetchUser(userId, signal), [userId]);
  const title = user.data ? user.data.displayName : t('admin.users.title');

  return (
    <>
      <Paragraph>
        <RouterLink to={paths.users}>{t('admin.detail.back')}</RouterLink>
      </Paragraph>
      <PageTitle documentTitle={user.data ? t('admin.detail.documentTitle', { username: user.data.username }) : undefined}>{title}</PageTitle>
      {user.loading && !user.data && <Loading />}
      {isApiError(user.error) && user.error.status === 404 ? (
        <Alert type="error">
          <Paragraph>{t('admin.detail.notFound')}</Paragraph>
        </Alert>
      ) : (
        user.error !== null && <ErrorAlert error={user.error} />
      )}
      {user.data && <UserSections user={user.data} onChanged={(updated) => user.setData(() => updated)} />}
    </>
  );
}
