import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiResource } from '../../../api/useApiResource';
import { paths } from '../../../app/paths';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { RouterLink } from '../../../components/RouterLink';
import { fetchCategories, fetchDestructions, fetchSettings } from '../api';
import { CategoriesTable } from '../components/CategoriesTable';
import { DestructionsTable, RetentionRun, SettingsForm } from '../components/SignalSettings';
import '../signals.css';

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="dwb-section dwb-signal-section">
      <Heading2 id={id}>{heading}</Heading2>
      {children}
    </section>
  );
}

/** "Meldingcategorieën" (beheerder): the categories, the settings, applying the retention period and what it destroyed. */
export function SignalCategoriesPage() {
  const { t } = useTranslation();
  const categories = useApiResource((signal) => fetchCategories(signal), []);
  const settings = useApiResource((signal) => fetchSettings(signal), []);
  const destructions = useApiResource((signal) => fetchDestructions(signal), []);

  return (
    <>
      <PageTitle>{t('signals.categories.title')}</PageTitle>
      <Paragraph lead>{t('signals.categories.intro')}</Paragraph>
      <nav aria-label={t('signals.categories.tasksLabel')} className="dwb-task-links">
        <ul>
          <li>
            <RouterLink to={paths.signalCategoryNew}>{t('signals.categories.newCategory')}</RouterLink>
          </li>
        </ul>
      </nav>
      {categories.loading && !categories.data && <Loading />}
      {categories.error !== null && <ErrorAlert error={categories.error} />}
      {categories.data &&
        (categories.data.length === 0 ? <Paragraph>{t('signals.categories.empty')}</Paragraph> : <CategoriesTable categories={categories.data} />)}

      <Section id="signal-settings-heading" heading={t('signals.categories.settingsHeading')}>
        {settings.loading && !settings.data && <Loading />}
        {settings.error !== null && <ErrorAlert error={settings.error} />}
        {settings.data && <SettingsForm key={settings.data.updatedAt} settings={settings.data} onSaved={(saved) => settings.setData(() => saved)} />}
      </Section>

      <Section id="signal-retention-heading" heading={t('signals.categories.retentionHeading')}>
        {settings.data && (
          <RetentionRun
            settings={settings.data}
            onRan={() => {
              settings.reload();
              destructions.reload();
            }}
          />
        )}
      </Section>

      <Section id="signal-destructions-heading" heading={t('signals.categories.destructionsHeading')}>
        {destructions.loading && !destructions.data && <Loading />}
        {destructions.error !== null && <ErrorAlert error={destructions.error} />}
        {destructions.data &&
          (destructions.data.length === 0 ? <Paragraph>{t('signals.categories.noDestructions')}</Paragraph> : <DestructionsTable items={destructions.data} />)}
      </Section>
    </>
  );
}
