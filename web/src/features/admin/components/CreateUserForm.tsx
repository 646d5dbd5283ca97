import { PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { useFormSubmission } from '../../../components/useFormSubmission';
import { createUser, type Organisation, type UserWithPassword } from '../api';
import { EMPTY_USER_FORM, userFieldLabels, validateUser, type UserFormValues } from '../validation';
import { UserFields } from './UserFields';

const FORM_ID = 'create-user';

interface CreateUserFormProps {
  organisations: readonly Organisation[];
  onCreated: (result: UserWithPassword) => void;
}

export function CreateUserForm({ organisations, onCreated }: CreateUserFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<UserFormValues>(EMPTY_USER_FORM);
  const form = useFormSubmission();

  const onChange = (name: keyof UserFormValues, value: string) => setValues((current) => ({ ...current, [name]: value }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit(validateUser(t, values, true), async () => {
      const result = await createUser({
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        email: values.email.trim(),
        role: values.role,
        organisationId: values.organisationId,
        maxConfidentiality: values.maxConfidentiality,
      });
      setValues(EMPTY_USER_FORM);
      onCreated(result);
    });
  };

  return (
    <>
      <FormErrorSummary formId={FORM_ID} error={form.error} fieldErrors={form.fieldErrors} fields={userFieldLabels(t)} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <UserFields formId={FORM_ID} values={values} errors={form.fieldErrors} organisations={organisations} onChange={onChange} includeUsername />
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('admin.create.submit')}
        </PrimaryActionButton>
      </form>
    </>
  );
}
