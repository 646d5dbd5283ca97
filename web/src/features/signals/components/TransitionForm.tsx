import { Fieldset, FieldsetLegend, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../../../components/fieldErrors';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { SelectField } from '../../../components/SelectField';
import { TextareaField } from '../../../components/TextareaField';
import { useFormSubmission } from '../../../components/useFormSubmission';
import { RadioGroupField } from '../../registry/components/RadioGroupField';
import { transitionSignal, type SignalDetail } from '../api';
import { outcomeLabel, statusLabel } from '../labels';
import { EMPTY_TRANSITION, needsNote, needsOutcome, toTransitionInput, validateTransition, type TransitionValues } from '../transitionForm';
import { CLOSING_OUTCOMES, isSignalStatus } from '../vocabulary';

const FORM_ID = 'signal-transition';

/** "Status wijzigen": one of the allowed next statuses, the outcome when closing, and a note where the move needs one. */
export function TransitionForm({ signal, onChanged }: { signal: SignalDetail; onChanged: (signal: SignalDetail, message: string) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<TransitionValues>(EMPTY_TRANSITION);
  const form = useFormSubmission();
  const set = <K extends keyof TransitionValues>(name: K, value: TransitionValues[K]) => setValues((current) => ({ ...current, [name]: value }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit(validateTransition(t, values, signal.allowedTransitions), async () => {
      const updated = await transitionSignal(signal.id, toTransitionInput(values));
      setValues(EMPTY_TRANSITION);
      onChanged(updated, t('signals.transition.done', { status: statusLabel(t, updated.status) }));
    });
  };

  const labels = { to: t('signals.transition.to'), outcome: t('signals.transition.outcome'), note: t('signals.transition.note') };
  const noteRequired = needsNote(values.to);

  return (
    <>
      <FormErrorSummary formId={FORM_ID} error={form.error} fieldErrors={form.fieldErrors} fields={labels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Fieldset className="dwb-subfieldset">
          <FieldsetLegend>{t('signals.transition.legend')}</FieldsetLegend>
          <div className="dwb-form__fields">
            <SelectField
              id={fieldId(FORM_ID, 'to')}
              name="to"
              label={labels.to}
              value={values.to}
              emptyOption={t('common.chooseOption')}
              options={signal.allowedTransitions.map((status) => ({ value: status, label: statusLabel(t, status) }))}
              onChange={(value) => set('to', isSignalStatus(value) ? value : '')}
              error={form.fieldErrors.to}
              required
            />
            {needsOutcome(values.to) && (
              <RadioGroupField
                id={fieldId(FORM_ID, 'outcome')}
                name="outcome"
                legend={labels.outcome}
                value={values.outcome}
                options={CLOSING_OUTCOMES.map((outcome) => ({ value: outcome, label: outcomeLabel(t, outcome) }))}
                onChange={(value) => set('outcome', value)}
                error={form.fieldErrors.outcome}
              />
            )}
            <TextareaField
              id={fieldId(FORM_ID, 'note')}
              name="note"
              label={labels.note}
              description={noteRequired ? t('signals.transition.noteRequiredHint') : t('signals.transition.noteHint')}
              value={values.note}
              onChange={(value) => set('note', value)}
              error={form.fieldErrors.note}
              required={noteRequired}
              maxLength={2000}
            />
          </div>
        </Fieldset>
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('signals.transition.submit')}
        </PrimaryActionButton>
      </form>
    </>
  );
}
