import { Button, ButtonGroup, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../app/session';
import { fieldId } from '../../../components/fieldErrors';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { SelectField } from '../../../components/SelectField';
import { useFormSubmission } from '../../../components/useFormSubmission';
import { roleLabel } from '../../../domain/labels';
import { assignSignal, type Assignee, type SignalDetail } from '../api';

const FORM_ID = 'signal-assign';

interface AssignFormProps {
  signal: SignalDetail;
  assignees: readonly Assignee[];
  onChanged: (signal: SignalDetail, message: string) => void;
}

/** "Toewijzen": choose a handler (or none), or take the signal yourself. */
export function AssignForm({ signal, assignees, onChanged }: AssignFormProps) {
  const { t } = useTranslation();
  const { session } = useSession();
  const [userId, setUserId] = useState(signal.assignee?.id ?? '');
  const form = useFormSubmission();
  const me = session ? assignees.find((assignee) => assignee.id === session.user.id) : undefined;

  const assign = async (target: string) => {
    await form.submit({}, async () => {
      const updated = await assignSignal(signal.id, target === '' ? null : target);
      setUserId(updated.assignee?.id ?? '');
      onChanged(updated, updated.assignee ? t('signals.assign.assigned', { name: updated.assignee.name }) : t('signals.assign.unassigned'));
    });
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await assign(userId);
  };

  return (
    <>
      <FormErrorSummary formId={FORM_ID} error={form.error} fieldErrors={form.fieldErrors} fields={{ userId: t('signals.assign.assignee') }} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <SelectField
          id={fieldId(FORM_ID, 'userId')}
          name="userId"
          label={t('signals.assign.assignee')}
          value={userId}
          emptyOption={t('signals.assign.noAssignee')}
          options={assignees.map((assignee) => ({
            value: assignee.id,
            label: `${assignee.name} (${roleLabel(t, assignee.role)}, ${assignee.organisation})`,
          }))}
          onChange={setUserId}
          error={form.fieldErrors.userId}
        />
        <ButtonGroup>
          <PrimaryActionButton type="submit" busy={form.busy}>
            {t('signals.assign.submit')}
          </PrimaryActionButton>
          {me && signal.assignee?.id !== me.id && (
            <Button appearance="secondary-action-button" onClick={() => void assign(me.id)}>
              {t('signals.assign.toMe')}
            </Button>
          )}
        </ButtonGroup>
      </form>
    </>
  );
}
