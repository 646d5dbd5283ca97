import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { useApiResource } from '../../../api/useApiResource';
import { paths } from '../../../app/paths';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { RouterLink } from '../../../components/RouterLink';
import { StatusMessage } from '../../../components/StatusMessage';
import { useLanguage } from '../../../i18n/useLanguage';
import { createCategory, fetchCategories, updateCategory, type CategoryView } from '../api';
import { categoryFormValuesOf, EMPTY_CATEGORY_FORM, toCategoryCreate, toCategoryInput } from '../categoryForm';
import { CategoryForm } from '../components/CategoryForm';
import '../signals.css';

/** What the create form passes to the editor it opens. */
interface CreatedCategoryState {
  createdName: string;
}

function createdName(state: unknown): string | null {
  if (typeof state === 'object' && state !== null && 'createdName' in state) {
    const value = state.createdName;
    return typeof value === 'string' ? value : null;
  }
  return null;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Paragraph>
      <RouterLink to={paths.signalCategories}>{t('signals.categories.back')}</RouterLink>
    </Paragraph>
  );
}

/** "Nieuwe meldingcategorie": the editor with a code field; saving opens the new category's editor. */
export function NewSignalCategoryPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  return (
    <>
      <BackLink />
      <PageTitle>{t('signals.categories.newTitle')}</PageTitle>
      <CategoryForm
        initial={EMPTY_CATEGORY_FORM}
        isNew
        onSave={(values) => createCategory(toCategoryCreate(values))}
        onSaved={(category) => {
          const state: CreatedCategoryState = { createdName: category.name[language] };
          void navigate(paths.signalCategory(category.code), { state });
        }}
      />
    </>
  );
}

function Editor({ code }: { code: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const location = useLocation();
  const navigate = useNavigate();
  const categories = useApiResource((signal) => fetchCategories(signal), []);
  const [message, setMessage] = useState<string | null>(() => {
    const name = createdName(location.state);
    return name ? t('signals.categories.created', { name }) : null;
  });
  const [version, setVersion] = useState(0);
  const feedbackRef = useRef<HTMLDivElement>(null);

  // Show the "created" notice once: a reload should not announce it again.
  useEffect(() => {
    if (createdName(location.state)) {
      void navigate(location.pathname, { replace: true, state: null });
    }
  }, [location.state, location.pathname, navigate]);

  const category = categories.data?.find((item) => item.code === code);
  const onSaved = (saved: CategoryView) => {
    categories.setData((current) => current?.map((item) => (item.code === saved.code ? saved : item)));
    setVersion((current) => current + 1);
    setMessage(t('signals.categories.saved'));
    window.setTimeout(() => feedbackRef.current?.focus(), 0);
  };

  return (
    <>
      <BackLink />
      <PageTitle>{category ? t('signals.categories.editTitle', { name: category.name[language] }) : t('signals.categories.title')}</PageTitle>
      <div ref={feedbackRef} tabIndex={-1} className="dwb-feedback">
        {message && <StatusMessage>{message}</StatusMessage>}
      </div>
      {categories.loading && !categories.data && <Loading />}
      {categories.error !== null && <ErrorAlert error={categories.error} />}
      {categories.data && !category && (
        <Alert type="error">
          <Paragraph>{t('signals.categories.notFound')}</Paragraph>
        </Alert>
      )}
      {category && (
        <CategoryForm
          key={`${category.code}-${version}`}
          initial={categoryFormValuesOf(category)}
          isNew={false}
          onSave={(values) => updateCategory(category.code, toCategoryInput(values))}
          onSaved={onSaved}
        />
      )}
    </>
  );
}

/** One category in the editor (beheerder). */
export function SignalCategoryPage() {
  const { code = '' } = useParams();
  return <Editor key={code} code={code} />;
}
