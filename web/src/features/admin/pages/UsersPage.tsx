import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useApiResource } from '../../../api/useApiResource';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { writeFilters } from '../../../lib/searchParams';
import { fetchOrganisations, fetchUsers, type UserFilters, type UserWithPassword } from '../api';
import { CreateUserForm } from '../components/CreateUserForm';
import { TemporaryPassword } from '../components/TemporaryPassword';
import { UserFilterForm } from '../components/UserFilterForm';
import { UserTable } from '../components/UserTable';

function filtersFrom(params: URLSearchParams): UserFilters {
  const active = params.get('active');
  return {
    query: params.get('query') ?? '',
    role: params.get('role') ?? '',
    active: active === 'true' || active === 'false' ? active : '',
  };
}

export function UsersPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const users = useApiResource((signal) => fetchUsers(filters, signal), [filters.query, filters.role, filters.active]);
  const organisations = useApiResource((signal) => fetchOrganisations(signal), []);
  const [created, setCreated] = useState<UserWithPassword | null>(null);

  const onCreated = (result: UserWithPassword) => {
    setCreated(result);
    users.reload();
  };

  return (
    <>
      <PageTitle>{t('admin.users.title')}</PageTitle>
      <Paragraph lead>{t('admin.users.intro')}</Paragraph>

      <UserFilterForm key={params.toString()} filters={filters} onSearch={(next) => setParams(writeFilters({ ...next }))} />
      {users.loading && <Loading />}
      {users.error !== null && <ErrorAlert error={users.error} />}
      {users.data && (
        <>
          <Paragraph role="status">{t('admin.users.resultCount', { count: users.data.length })}</Paragraph>
          {users.data.length === 0 ? <Paragraph>{t('admin.users.noResults')}</Paragraph> : <UserTable users={users.data} />}
        </>
      )}

      <section aria-labelledby="create-user-heading" className="dwb-section">
        <Heading2 id="create-user-heading">{t('admin.create.heading')}</Heading2>
        {created && <TemporaryPassword result={created} onDismiss={() => setCreated(null)} />}
        {organisations.error !== null && <ErrorAlert error={organisations.error} />}
        {organisations.loading && <Loading />}
        {organisations.data && <CreateUserForm organisations={organisations.data} onCreated={onCreated} />}
      </section>
    </>
  );
}
