import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../../app/paths';
import { PageTitle } from '../../../../components/PageTitle';
import { RouterLink } from '../../../../components/RouterLink';
import '../overview.css';

/** "Handhavingsbeleid": links to the policy data (legal bases, escalation matrix, checklists, letter templates). */
export function EnforcementPolicyPage() {
  const { t } = useTranslation();
  const links = [
    { to: paths.legalBases, label: t('enforcement.policyPage.legalBases'), hint: t('enforcement.policyPage.legalBasesHint') },
    { to: paths.escalationMatrix, label: t('enforcement.policyPage.matrix'), hint: t('enforcement.policyPage.matrixHint') },
    { to: paths.checklists, label: t('enforcement.policyPage.checklists'), hint: t('enforcement.policyPage.checklistsHint') },
    { to: paths.letterTemplates, label: t('enforcement.policyPage.letterTemplates'), hint: t('enforcement.policyPage.letterTemplatesHint') },
  ];
  return (
    <>
      <PageTitle>{t('enforcement.policyPage.title')}</PageTitle>
      <Paragraph lead>{t('enforcement.policyPage.intro')}</Paragraph>
      <nav aria-label={t('enforcement.policyPage.linksLabel')}>
        <ul className="dwb-policy-links">
          {links.map((link) => (
            <li key={link.to}>
              <RouterLink to={link.to}>{link.label}</RouterLink>
              <Paragraph>{link.hint}</Paragraph>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
