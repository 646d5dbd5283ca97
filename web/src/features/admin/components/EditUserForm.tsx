import { PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { StatusMessage } from '../../../components/StatusMessage';
import { useFormSubmission } from '../../../components/useFormSubmission';
import { updateUser, type AdminUser, type Organisation, type UserChanges } from '../api';
import { userFieldLabels, validateUser, type UserFormValues } from '../validation';
import { UserFields } from './UserFields';

const FORM_ID = 'edit-user';

interface EditUserFormProps {
  user: AdminUser;
  organisations: readonly Organisation[];
  onSaved: (user: AdminUser) => void;
}

function valuesOf(user: AdminUser): UserFormValues {
  return {
    username: user.username,
    displayName: user.displayName,
    email: user.email,
    role: user.role,
    organisationId: user.organisation.id,
    maxConfidentiality: user.maxConfidentiality,
  };
}

/** Only the fields that differ from the stored user, so the audit trail shows what really changed. */
function changesBetween(before: UserFormValues, after: UserFormValues): UserChanges {
  const changes: UserChanges = {};
  const displayName = after.displayName.trim();
  const email = after.email.trim();
  if (displayName !== before.displayName) changes.displayName = displayName;
  if (email !== before.email) changes.email = email;
  if (after.role !== before.role) changes.role = after.role;
  if (after.organisationId !== before.organisationId) changes.organisationId = after.organisationId;
  if (after.maxConfidentiality !== before.maxConfidentiality) changes.maxConfidentiality = after.maxConfidentiality;
  return changes;
}

export function EditUserForm({ user, organisations, onSaved }: EditUserFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<UserFormValues>(() => valuesOf(user));
  const [notice, setNotice] = useState<string | null>(null);
  const form = useFormSubmission();

  const onChange = (name: keyof UserFormValues, value: string) => {
    setNotice(null);
    setValues((current) => ({ ...current, [name]: value }));
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice(null);
    await form.submit(validateUser(t, values, false), async () => {
      const changes = changesBetween(valuesOf(user), values);
      if (Object.keys(changes).length === 0) {
        setNotice(t('admin.detail.noChanges'));
        return;
      }
      const saved = await updateUser(user.id, changes);
      setValues(valuesOf(saved));
      onSaved(saved);
      setNotice(t('admin.detail.saved'));
    });
  };

  return (
    <>
      <FormErrorSummary formId={FORM_ID} error={form.error} fieldErrors={form.fieldErrors} fields={userFieldLabels(t)} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <UserFields formId={FORM_ID} values={values} errors={form.fieldErrors} organisations={organisations} onChange={onChange} includeUsername={false} />
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('admin.detail.save')}
        </PrimaryActionButton>
      </form>
      {notice && <StatusMessage>{notice}</StatusMessage>}
    </>
  );
}
