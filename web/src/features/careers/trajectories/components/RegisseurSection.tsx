import { Heading2, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiResource } from '../../../../api/useApiResource';
import { useSession } from '../../../../app/session';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { fieldId } from '../../../../components/fieldErrors';
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { SelectField } from '../../../../components/SelectField';
import { TextareaField } from '../../../../components/TextareaField';
import { useFormSubmission } from '../../../../components/useFormSubmission';
import { assignRegisseur, fetchCandidates, type TrajectoryDetail } from '../api';

const FORM_ID = 'regisseur';

/** Assign a regisseur from the intake queue, or hand the trajectory over (with a reason). */
export function RegisseurSection({ detail, onAssigned }: { detail: TrajectoryDetail; onAssigned: (regisseurId: string, name: string) => void }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const handover = detail.regisseur !== null;
  const candidates = useApiResource((signal) => fetchCandidates('', signal, true), []);
  const options = (candidates.data ?? []).filter((c) => c.role === 'pga_director' && c.id !== detail.regisseur?.id);
  const [userId, setUserId] = useState(handover ? '' : (session?.user.id ?? ''));
  const [reason, setReason] = useState('');
  const form = useFormSubmission();
  const chosen = options.some((o) => o.id === userId) ? userId : '';

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = {
      ...(chosen ? {} : { userId: t('careers.errors.required') }),
      ...(handover && !reason.trim() ? { reason: t('careers.errors.required') } : {}),
    };
    await form.submit(errors, async () => {
      const result = await assignRegisseur(detail.id, chosen, handover ? reason.trim() : undefined);
      onAssigned(result.regisseur.id, result.regisseur.name);
    });
  };

  return (
    <section aria-labelledby="regisseur-heading" className="dwb-signal-section">
      <Heading2 id="regisseur-heading">{t('careers.regisseurTitle')}</Heading2>
      <Paragraph>{handover ? t('careers.handoverIntro') : t('careers.assignIntro')}</Paragraph>
      {candidates.error !== null && <ErrorAlert error={candidates.error} />}
      <FormErrorSummary
        formId={FORM_ID}
        error={form.error}
        fieldErrors={form.fieldErrors}
        fields={{ userId: t('careers.regisseurUser'), reason: t('careers.handoverReason') }}
      />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <SelectField
          id={fieldId(FORM_ID, 'userId')}
          name="userId"
          label={t('careers.regisseurUser')}
          value={chosen}
          emptyOption={t('common.chooseOption')}
          options={options.map((o) => ({ value: o.id, label: `${o.name} (${o.organisation})` }))}
          onChange={setUserId}
          error={form.fieldErrors.userId}
          required
        />
        {handover && (
          <TextareaField
            id={fieldId(FORM_ID, 'reason')}
            name="reason"
            label={t('careers.handoverReason')}
            value={reason}
            onChange={setReason}
            error={form.fieldErrors.reason}
            maxLength={2000}
            required
          />
        )}
        <PrimaryActionButton type="submit" aria-disabled={form.busy || undefined}>
          {handover ? t('careers.submitHandover') : t('careers.submitAssign')}
        </PrimaryActionButton>
      </form>
    </section>
  );
}
