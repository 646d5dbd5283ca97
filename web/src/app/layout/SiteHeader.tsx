import { PageHeader } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PERMISSIONS } from '../../domain/vocabulary';
import { HeaderSearch } from '../../features/registry/components/HeaderSearch';
import { paths } from '../paths';
import { useSession } from '../session';
import { AccountMenu } from './AccountMenu';
import { LanguageSwitch } from './LanguageSwitch';

export function SiteHeader() {
  const { t } = useTranslation();
  const { session, hasPermission } = useSession();
  return (
    <PageHeader className="dwb-header">
      <div className="utrecht-page-header__content dwb-header__content">
        <Link to={paths.myWork} className="dwb-logo">
          {t('app.logo')}
        </Link>
        {session && hasPermission(PERMISSIONS.readRecords) && <HeaderSearch />}
        <div className="dwb-header__tools">
          <LanguageSwitch />
          {session && <AccountMenu session={session} />}
        </div>
      </div>
    </PageHeader>
  );
}
