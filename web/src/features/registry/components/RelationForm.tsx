import { Button, Fieldset, FieldsetLegend, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { fieldId, type FieldErrors } from '../../../components/fieldErrors';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import { useFormSubmission } from '../../../components/useFormSubmission';
import { confidentialityOptions } from '../options';
import { RELIABILITIES, type ConfidentialityLevel, type Reliability, isConfidentialityLevel } from '../../../domain/vocabulary';
import { isCalendarDate } from '../../../i18n/format';
import { createRelation, searchRegistry, type RelationTypeRule, type SearchHit, type SubjectDetail } from '../api';
import { isSearchable } from '../combobox';
import { kindListLabel, relationLabel, reliabilityLabel, subjectKindLabel } from '../labels';
import { relationChoices, relationEnds } from '../relations';
import { RadioGroupField } from './RadioGroupField';
import { TextareaField } from '../../../components/TextareaField';

const FORM_ID = 'relation';

interface Values {
  choice: string;
  otherQuery: string;
  otherId: string;
  validFrom: string;
  validTo: string;
  source: string;
  reliability: Reliability | '';
  confidentiality: ConfidentialityLevel;
  note: string;
}

const EMPTY: Values = {
  choice: '',
  otherQuery: '',
  otherId: '',
  validFrom: '',
  validTo: '',
  source: '',
  reliability: '',
  confidentiality: 'intern',
  note: '',
};

/** Server paths that belong to a field of this form under another name. */
function formErrors(errors: FieldErrors): FieldErrors {
  const result: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const field = path === 'type' ? 'choice' : path === 'fromSubjectId' || path === 'toSubjectId' ? 'otherId' : path;
    result[field] ??= message;
  }
  return result;
}

interface RelationFormProps {
  subject: SubjectDetail;
  rules: readonly RelationTypeRule[];
  onAdded: () => void;
}

/** "Relatie toevoegen": the kind of relation, the other subject (found with the registry search), period and provenance. */
export function RelationForm({ subject, rules, onAdded }: RelationFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(EMPTY);
  const [candidates, setCandidates] = useState<SearchHit[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [searchError, setSearchError] = useState<unknown>(null);
  const [queryError, setQueryError] = useState<string | undefined>(undefined);
  const form = useFormSubmission();

  const choices = relationChoices(rules, subject.kind);
  const choice = choices.find((item) => item.value === values.choice);
  const set = <K extends keyof Values>(name: K, value: Values[K]) => setValues((current) => ({ ...current, [name]: value }));
  const id = (name: keyof Values) => fieldId(FORM_ID, name);
  // Memoised: the error summary takes focus whenever the object it gets changes.
  const serverErrors = useMemo(() => formErrors(form.fieldErrors), [form.fieldErrors]);
  const errors: FieldErrors = { ...serverErrors, otherQuery: queryError };

  const findOther = async () => {
    if (!isSearchable(values.otherQuery)) {
      setQueryError(t('registry.home.queryTooShort'));
      return;
    }
    setQueryError(undefined);
    setSearching(true);
    setSearchError(null);
    try {
      const hits = await searchRegistry(values.otherQuery, { kinds: choice?.otherKinds, limit: 20 });
      setCandidates(hits.filter((hit) => hit.type === 'subject' && hit.id !== subject.id && (!choice || (choice.otherKinds as string[]).includes(hit.kind))));
      set('otherId', '');
    } catch (caught) {
      setSearchError(caught);
      setCandidates(null);
    } finally {
      setSearching(false);
    }
  };

  const onQueryKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Enter in the search field searches instead of submitting the whole form.
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement && event.target.id === id('otherQuery')) {
      event.preventDefault();
      void findOther();
    }
  };

  const validate = (): FieldErrors => {
    const required = t('registry.form.required');
    return {
      choice: values.choice ? undefined : required,
      otherId: values.otherId ? undefined : t('registry.relationForm.otherRequired'),
      validFrom: values.validFrom && !isCalendarDate(values.validFrom) ? t('common.dateInvalid') : undefined,
      validTo:
        values.validTo && !isCalendarDate(values.validTo)
          ? t('common.dateInvalid')
          : values.validFrom && values.validTo && values.validTo < values.validFrom
            ? t('common.dateRange')
            : undefined,
      source: values.source.trim() ? undefined : required,
      reliability: values.reliability ? undefined : required,
    };
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit(validate(), async () => {
      if (!choice || !values.reliability) {
        return;
      }
      await createRelation({
        type: choice.type,
        ...relationEnds(choice, subject.id, values.otherId),
        validFrom: values.validFrom || null,
        validTo: values.validTo || null,
        source: values.source.trim(),
        reliability: values.reliability,
        confidentiality: values.confidentiality,
        note: values.note.trim(),
      });
      setValues(EMPTY);
      setCandidates(null);
      onAdded();
    });
  };

  const labels: Record<string, string> = {
    choice: t('registry.relationForm.type'),
    otherId: t('registry.relationForm.otherLegend'),
    validFrom: t('registry.relationForm.validFrom'),
    validTo: t('registry.relationForm.validTo'),
    source: t('registry.fields.source'),
    reliability: t('registry.relationForm.reliability'),
    confidentiality: t('registry.fields.confidentiality'),
    note: t('registry.relationForm.note'),
  };

  return (
    <>
      <FormErrorSummary formId={FORM_ID} error={form.error} fieldErrors={serverErrors} fields={labels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <SelectField
          id={id('choice')}
          name="choice"
          label={t('registry.relationForm.type')}
          value={values.choice}
          emptyOption={t('common.chooseOption')}
          options={choices.map((item) => ({
            value: item.value,
            label: t('registry.relationForm.typeOption', { relation: relationLabel(t, item.type, item.direction), kinds: kindListLabel(t, item.otherKinds) }),
          }))}
          onChange={(value) => {
            set('choice', value);
            setCandidates(null);
            set('otherId', '');
          }}
          error={errors.choice}
          required
        />
        <Fieldset className="dwb-subfieldset" onKeyDown={onQueryKeyDown}>
          <FieldsetLegend>{t('registry.relationForm.otherLegend')}</FieldsetLegend>
          <div className="dwb-inline-search">
            <TextField
              id={id('otherQuery')}
              name="otherQuery"
              type="search"
              label={t('registry.relationForm.otherSearch')}
              description={t('registry.relationForm.otherSearchHint')}
              value={values.otherQuery}
              onChange={(value) => set('otherQuery', value)}
              error={errors.otherQuery}
              autoComplete="off"
              spellCheck={false}
            />
            <Button type="button" appearance="secondary-action-button" busy={searching} onClick={() => void findOther()}>
              {t('registry.relationForm.find')}
            </Button>
          </div>
          {searchError !== null && <ErrorAlert error={searchError} />}
          <div role="status" className="dwb-feedback-inline">
            {candidates && candidates.length === 0 && <Paragraph>{t('registry.relationForm.noCandidates')}</Paragraph>}
          </div>
          {candidates && candidates.length > 0 ? (
            <RadioGroupField
              id={id('otherId')}
              name="otherId"
              legend={t('registry.relationForm.candidates')}
              value={values.otherId}
              options={candidates.map((hit) => ({
                value: hit.id,
                label: `${hit.label} (${hit.ref})`,
                description: [subjectKindLabel(t, hit.kind), hit.detail].filter(Boolean).join(' · '),
              }))}
              onChange={(value) => set('otherId', value)}
              error={errors.otherId}
            />
          ) : (
            errors.otherId && (
              <p id={id('otherId')} tabIndex={-1} className="utrecht-form-field-error-message dwb-standalone-error">
                {errors.otherId}
              </p>
            )
          )}
        </Fieldset>
        <TextField
          id={id('validFrom')}
          name="validFrom"
          type="date"
          label={t('registry.relationForm.validFrom')}
          value={values.validFrom}
          onChange={(value) => set('validFrom', value)}
          error={errors.validFrom}
        />
        <TextField
          id={id('validTo')}
          name="validTo"
          type="date"
          label={t('registry.relationForm.validTo')}
          value={values.validTo}
          onChange={(value) => set('validTo', value)}
          error={errors.validTo}
        />
        <TextField
          id={id('source')}
          name="source"
          label={t('registry.fields.source')}
          description={t('registry.form.sourceHint')}
          value={values.source}
          onChange={(value) => set('source', value)}
          error={errors.source}
          maxLength={200}
          required
        />
        <RadioGroupField
          id={id('reliability')}
          name="reliability"
          legend={t('registry.relationForm.reliability')}
          value={values.reliability}
          options={RELIABILITIES.map((value) => ({ value, label: reliabilityLabel(t, value) }))}
          onChange={(value) => set('reliability', RELIABILITIES.find((item) => item === value) ?? '')}
          error={errors.reliability}
        />
        <SelectField
          id={id('confidentiality')}
          name="confidentiality"
          label={t('registry.fields.confidentiality')}
          value={values.confidentiality}
          options={confidentialityOptions(t)}
          onChange={(value) => set('confidentiality', isConfidentialityLevel(value) ? value : 'intern')}
          error={errors.confidentiality}
        />
        <TextareaField
          id={id('note')}
          name="note"
          label={t('registry.relationForm.note')}
          value={values.note}
          onChange={(value) => set('note', value)}
          error={errors.note}
          maxLength={2000}
        />
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('registry.relationForm.submit')}
        </PrimaryActionButton>
      </form>
    </>
  );
}
