import { Fieldset, FieldsetLegend, Heading3, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../../../../components/fieldErrors';
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { SelectField } from '../../../../components/SelectField';
import { StatusMessage } from '../../../../components/StatusMessage';
import { TextareaField } from '../../../../components/TextareaField';
import { TextField } from '../../../../components/TextField';
import { useFormSubmission } from '../../../../components/useFormSubmission';
import { createAssessment, type DomainInfo } from '../api';
import { assessmentErrorKeys, emptyAssessment, toAssessmentInput, validateAssessment, type AssessmentValues, type ScoreValues } from '../forms';
import { useDomainName } from './Bits';

const FORM_ID = 'career-assessment';

function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** A new assessment: per visible life domain a score (or none this time) with risk and protective factors. */
export function AssessmentForm({ trajectoryId, domains, onSaved }: { trajectoryId: string; domains: readonly DomainInfo[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const domainName = useDomainName();
  const visible = domains.filter((d) => d.visible);
  const order = visible.map((d) => d.code);
  const [values, setValues] = useState<AssessmentValues>(() => emptyAssessment(todayIso(), order));
  const [done, setDone] = useState(false);
  const form = useFormSubmission();
  const [codes, setCodes] = useState<string[]>([]);
  const errors = assessmentErrorKeys(form.fieldErrors, codes);
  const translate = (key: string) => t(key as never);

  const setScore = (code: string, patch: Partial<ScoreValues>) =>
    setValues((current) => ({
      ...current,
      scores: { ...current.scores, [code]: { ...(current.scores[code] ?? { score: '', riskFactors: '', protectiveFactors: '' }), ...patch } },
    }));

  const labels: Record<string, string> = {
    assessedOn: t('careerPlan.assessmentForm.assessedOn'),
    note: t('careerPlan.assessmentForm.note'),
    scores: t('careerPlan.assessmentForm.legend'),
  };
  for (const d of visible) {
    const name = domainName(d, d.code);
    labels[`scores.${d.code}.score`] = t('careerPlan.assessmentForm.scoreOf', { name });
    labels[`scores.${d.code}.riskFactors`] = t('careerPlan.assessmentForm.risk', { name });
    labels[`scores.${d.code}.protectiveFactors`] = t('careerPlan.assessmentForm.protective', { name });
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(false);
    const { input, codes: sent } = toAssessmentInput(values, order);
    setCodes(sent);
    const ok = await form.submit(validateAssessment(translate, values, order), async () => {
      await createAssessment(trajectoryId, input);
    });
    if (ok) {
      setValues(emptyAssessment(todayIso(), order));
      setDone(true);
      onSaved();
    }
  };

  const scoreOptions = ['1', '2', '3', '4', '5'].map((value) => ({ value, label: t(`careerPlan.score.${value}` as never) }));
  const id = (name: string) => fieldId(FORM_ID, name);
  return (
    <section aria-labelledby={`${FORM_ID}-heading`}>
      <Heading3 id={`${FORM_ID}-heading`}>{t('careerPlan.assessmentForm.heading')}</Heading3>
      {done && <StatusMessage>{t('careerPlan.assessmentForm.done')}</StatusMessage>}
      <FormErrorSummary formId={FORM_ID} error={form.error} fieldErrors={errors} fields={labels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Fieldset className="dwb-subfieldset">
          <FieldsetLegend>{t('careerPlan.assessmentForm.legend')}</FieldsetLegend>
          <div className="dwb-form__fields">
            <TextField
              id={id('assessedOn')}
              name="assessedOn"
              type="date"
              label={labels.assessedOn!}
              value={values.assessedOn}
              onChange={(value) => setValues((current) => ({ ...current, assessedOn: value }))}
              error={errors.assessedOn}
              required
            />
            <Paragraph id={id('scores')} tabIndex={-1}>
              {t('careerPlan.assessmentForm.scoreHint')}
            </Paragraph>
            {errors.scores && <Paragraph className="utrecht-form-field-error-message">{errors.scores}</Paragraph>}
            {visible.map((d) => {
              const s = values.scores[d.code] ?? { score: '', riskFactors: '', protectiveFactors: '' };
              return (
                <div key={d.code}>
                  <SelectField
                    id={id(`scores.${d.code}.score`)}
                    name={`score-${d.code}`}
                    label={labels[`scores.${d.code}.score`]!}
                    value={s.score}
                    emptyOption={t('careerPlan.score.none')}
                    options={scoreOptions}
                    onChange={(value) => setScore(d.code, { score: value })}
                    error={errors[`scores.${d.code}.score`]}
                  />
                  {s.score !== '' && (
                    <>
                      <TextareaField
                        id={id(`scores.${d.code}.riskFactors`)}
                        name={`risk-${d.code}`}
                        label={labels[`scores.${d.code}.riskFactors`]!}
                        value={s.riskFactors}
                        onChange={(value) => setScore(d.code, { riskFactors: value })}
                        error={errors[`scores.${d.code}.riskFactors`]}
                        rows={2}
                        maxLength={4000}
                      />
                      <TextareaField
                        id={id(`scores.${d.code}.protectiveFactors`)}
                        name={`protective-${d.code}`}
                        label={labels[`scores.${d.code}.protectiveFactors`]!}
                        value={s.protectiveFactors}
                        onChange={(value) => setScore(d.code, { protectiveFactors: value })}
                        error={errors[`scores.${d.code}.protectiveFactors`]}
                        rows={2}
                        maxLength={4000}
                      />
                    </>
                  )}
                </div>
              );
            })}
            <TextareaField
              id={id('note')}
              name="note"
              label={labels.note!}
              description={t('careerPlan.assessmentForm.noteHint')}
              value={values.note}
              onChange={(value) => setValues((current) => ({ ...current, note: value }))}
              error={errors.note}
              rows={3}
              maxLength={4000}
            />
          </div>
        </Fieldset>
        <PrimaryActionButton type="submit" aria-busy={form.busy || undefined}>
          {t('careerPlan.assessmentForm.submit')}
        </PrimaryActionButton>
      </form>
    </section>
  );
}
