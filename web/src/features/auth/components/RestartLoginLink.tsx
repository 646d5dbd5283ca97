import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../app/paths';
import { useSession } from '../../../app/session';
import { RouterLink } from '../../../components/RouterLink';

/** Way back to the start of the login flow from a later step. */
export function RestartLoginLink() {
  const { t } = useTranslation();
  const { setPendingStage } = useSession();
  return (
    <Paragraph>
      <RouterLink to={paths.login} onClick={() => setPendingStage(null)}>
        {t('auth.restart')}
      </RouterLink>
    </Paragraph>
  );
}
