import { Fieldset, FieldsetLegend, Paragraph, PrimaryActionButton, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../../../../components/fieldErrors';
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { TextareaField } from '../../../../components/TextareaField';
import { useFormSubmission } from '../../../../components/useFormSubmission';
import { formatDateTime } from '../../../../i18n/format';
import { useLanguage } from '../../../../i18n/useLanguage';
import { CheckboxField } from '../../../registry/components/CheckboxField';
import { recordProportionality, type MeasureDetail } from '../api';
import { yesNo } from '../labels';
import { canTestNow, proportionalityValues, toProportionalityInput, validateProportionality, type ProportionalityValues } from '../proportionality';
import { FreeText, Section } from './MeasureBits';
import type { OnChanged } from './StepForm';

const FORM_ID = 'measure-proportionality';

function ProportionalityForm({ measure, onChanged }: { measure: MeasureDetail; onChanged: OnChanged }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ProportionalityValues>(() => proportionalityValues(measure));
  const form = useFormSubmission();
  const set = <K extends keyof ProportionalityValues>(name: K, value: ProportionalityValues[K]) => setValues((current) => ({ ...current, [name]: value }));
  const labels = {
    suitable: t('measures.proportionality.suitable'),
    necessary: t('measures.proportionality.necessary'),
    proportionate: t('measures.proportionality.proportionate'),
    motivation: t('measures.proportionality.motivation'),
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit(validateProportionality(t, values), async () => {
      const updated = await recordProportionality(measure.id, toProportionalityInput(values));
      onChanged(updated, t('measures.proportionality.done'));
    });
  };

  return (
    <>
      <FormErrorSummary formId={FORM_ID} error={form.error} fieldErrors={form.fieldErrors} fields={labels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Fieldset className="dwb-subfieldset">
          <FieldsetLegend>{t('measures.proportionality.legend')}</FieldsetLegend>
          <div className="dwb-form__fields">
            <CheckboxField
              id={fieldId(FORM_ID, 'suitable')}
              name="suitable"
              label={labels.suitable}
              checked={values.suitable}
              onChange={(checked) => set('suitable', checked)}
            />
            <CheckboxField
              id={fieldId(FORM_ID, 'necessary')}
              name="necessary"
              label={labels.necessary}
              checked={values.necessary}
              onChange={(checked) => set('necessary', checked)}
            />
            <CheckboxField
              id={fieldId(FORM_ID, 'proportionate')}
              name="proportionate"
              label={labels.proportionate}
              checked={values.proportionate}
              onChange={(checked) => set('proportionate', checked)}
            />
            <TextareaField
              id={fieldId(FORM_ID, 'motivation')}
              name="motivation"
              label={labels.motivation}
              description={t('measures.proportionality.motivationHint')}
              value={values.motivation}
              onChange={(value) => set('motivation', value)}
              error={form.fieldErrors.motivation}
              required
              rows={6}
              maxLength={10000}
            />
          </div>
        </Fieldset>
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('measures.proportionality.submit')}
        </PrimaryActionButton>
      </form>
    </>
  );
}

/** The three-step test: what was recorded, and for the jurist the form to record it before the announcement. */
export function ProportionalitySection({ measure, onChanged }: { measure: MeasureDetail; onChanged: OnChanged }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const recorded = measure.proportionality;
  const open = measure.canWrite && canTestNow(measure);
  return (
    <Section id="measure-proportionality-heading" heading={t('measures.proportionality.heading')}>
      <Paragraph>{t('measures.proportionality.intro')}</Paragraph>
      {recorded ? (
        <>
          <UnorderedList>
            <UnorderedListItem>
              {t('measures.proportionality.criterion', { criterion: t('measures.proportionality.suitableShort'), answer: yesNo(t, recorded.suitable) })}
            </UnorderedListItem>
            <UnorderedListItem>
              {t('measures.proportionality.criterion', { criterion: t('measures.proportionality.necessaryShort'), answer: yesNo(t, recorded.necessary) })}
            </UnorderedListItem>
            <UnorderedListItem>
              {t('measures.proportionality.criterion', {
                criterion: t('measures.proportionality.proportionateShort'),
                answer: yesNo(t, recorded.proportionate),
              })}
            </UnorderedListItem>
          </UnorderedList>
          <FreeText text={recorded.motivation} />
          <Paragraph className="dwb-cell-note">
            {t('measures.proportionality.recorded', { name: recorded.recordedBy.name, at: formatDateTime(recorded.recordedAt, language) })}
          </Paragraph>
          <Paragraph>
            <strong>{recorded.complete ? t('measures.proportionality.complete') : t('measures.proportionality.incomplete')}</strong>
          </Paragraph>
        </>
      ) : (
        <Paragraph>
          <strong>{t('measures.proportionality.notRecorded')}</strong>
        </Paragraph>
      )}
      {open &&
        (measure.canRecordProportionality ? (
          <ProportionalityForm measure={measure} onChanged={onChanged} />
        ) : (
          <Paragraph>{t('measures.proportionality.lawyerOnly')}</Paragraph>
        ))}
    </Section>
  );
}
