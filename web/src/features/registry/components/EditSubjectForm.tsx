import { PrimaryActionButton } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { useFormSubmission } from '../../../components/useFormSubmission';
import { updateSubject, type AreaView, type SubjectDetail } from '../api';
import {
  collapseFieldErrors,
  formValuesOf,
  subjectFieldLabels,
  toSubjectInput,
  validateSubject,
  type SubjectField,
  type SubjectFormValues,
} from '../subjectForm';
import { SubjectFields } from './SubjectFields';

const FORM_ID = 'edit-subject';

interface EditSubjectFormProps {
  subject: SubjectDetail;
  wijken: readonly AreaView[];
  onSaved: (subject: SubjectDetail) => void;
}

/** "Gegevens wijzigen": the same fields as on creation, filled in; the kind cannot change. */
export function EditSubjectForm({ subject, wijken, onSaved }: EditSubjectFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<SubjectFormValues>(() => formValuesOf(subject));
  const form = useFormSubmission();
  // Memoised: the error summary takes focus whenever the object it gets changes.
  const errors = useMemo(() => collapseFieldErrors(form.fieldErrors), [form.fieldErrors]);
  const facts = subject.facts;

  const onChange = (name: SubjectField, value: string) => setValues((current) => ({ ...current, [name]: value }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit(validateSubject(t, subject.kind, values, { requireIban: false }), async () => {
      const keep = facts.kind === 'address' ? { lat: facts.lat, lon: facts.lon } : null;
      onSaved(await updateSubject(subject.id, toSubjectInput(subject.kind, values, keep, true)));
    });
  };

  return (
    <>
      <FormErrorSummary formId={FORM_ID} error={form.error} fieldErrors={errors} fields={subjectFieldLabels(t)} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <SubjectFields
          formId={FORM_ID}
          kind={subject.kind}
          values={values}
          errors={errors}
          onChange={onChange}
          wijken={wijken}
          masked={{
            bsn: facts.kind === 'person' ? facts.bsnMasked : undefined,
            iban: facts.kind === 'bank_account' ? facts.ibanMasked : undefined,
          }}
        />
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('registry.profile.save')}
        </PrimaryActionButton>
      </form>
    </>
  );
}
