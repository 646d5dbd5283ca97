import { Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useApiResource } from '../../../api/useApiResource';
import { paths } from '../../../app/paths';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { fieldId } from '../../../components/fieldErrors';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { PageTitle } from '../../../components/PageTitle';
import { RouterLink } from '../../../components/RouterLink';
import { useFormSubmission } from '../../../components/useFormSubmission';
import { isSubjectKind, SUBJECT_KINDS } from '../../../domain/vocabulary';
import { createSubject, fetchAreas } from '../api';
import { RadioGroupField } from '../components/RadioGroupField';
import { SubjectFields } from '../components/SubjectFields';
import type { CreatedSubjectState } from '../searchState';
import {
  collapseFieldErrors,
  EMPTY_SUBJECT_FORM,
  subjectFieldLabels,
  toSubjectInput,
  validateSubject,
  type SubjectField,
  type SubjectFormValues,
} from '../subjectForm';

const FORM_ID = 'new-subject';

/** "Nieuw subject": choose the kind, fill in its fields and the provenance, then go to the profile. */
export function NewSubjectPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState<SubjectFormValues>(EMPTY_SUBJECT_FORM);
  const form = useFormSubmission();
  // Memoised: the error summary takes focus whenever the object it gets changes.
  const errors = useMemo(() => collapseFieldErrors(form.fieldErrors), [form.fieldErrors]);
  const areas = useApiResource((signal) => fetchAreas(signal), []);
  const wijken = (areas.data ?? []).filter((area) => area.kind === 'wijk');
  const kind = values.kind;

  const onChange = (name: SubjectField, value: string) => setValues((current) => ({ ...current, [name]: value }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!kind) {
      await form.submit({ kind: t('registry.form.required') }, async () => undefined);
      return;
    }
    await form.submit(validateSubject(t, kind, values), async () => {
      const result = await createSubject(toSubjectInput(kind, values));
      const state: CreatedSubjectState = {
        created: result.created,
        possibleDuplicates: result.possibleDuplicates.map(({ id, ref, label, detail }) => ({ id, ref, label, detail })),
      };
      await navigate(paths.subject(result.subject.id), { state });
    });
  };

  return (
    <>
      <Paragraph>
        <RouterLink to={paths.registry}>{t('registry.profile.back')}</RouterLink>
      </Paragraph>
      <PageTitle>{t('registry.create.title')}</PageTitle>
      <Paragraph lead>{t('registry.create.intro')}</Paragraph>
      <FormErrorSummary formId={FORM_ID} error={form.error} fieldErrors={errors} fields={subjectFieldLabels(t)} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <RadioGroupField
          id={fieldId(FORM_ID, 'kind')}
          name="kind"
          legend={t('registry.form.kind')}
          value={kind}
          options={SUBJECT_KINDS.map((value) => ({ value, label: t(`registry.kinds.${value}`) }))}
          onChange={(value) => {
            form.clear();
            setValues((current) => ({ ...current, kind: isSubjectKind(value) ? value : '' }));
          }}
          error={errors.kind}
        />
        {kind && (
          <>
            {kind === 'address' && areas.error !== null && <ErrorAlert error={areas.error} />}
            <SubjectFields formId={FORM_ID} kind={kind} values={values} errors={errors} onChange={onChange} wijken={wijken} />
            <PrimaryActionButton type="submit" busy={form.busy}>
              {t('registry.create.submit')}
            </PrimaryActionButton>
          </>
        )}
      </form>
    </>
  );
}
