import { useTranslation } from 'react-i18next';
import { fieldId, type FieldErrors } from '../../../components/fieldErrors';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import type { Organisation } from '../api';
import { confidentialityOptions, organisationOptions, roleOptions } from '../options';
import type { UserFormValues } from '../validation';

interface UserFieldsProps {
  formId: string;
  values: UserFormValues;
  errors: FieldErrors;
  organisations: readonly Organisation[];
  onChange: (name: keyof UserFormValues, value: string) => void;
  /** The username can be chosen on creation only. */
  includeUsername: boolean;
}

/** The user fields shared by the create and edit forms. */
export function UserFields({ formId, values, errors, organisations, onChange, includeUsername }: UserFieldsProps) {
  const { t } = useTranslation();
  const id = (name: keyof UserFormValues) => fieldId(formId, name);
  return (
    <>
      {includeUsername && (
        <TextField
          id={id('username')}
          name="username"
          label={t('admin.fields.username')}
          description={t('admin.fields.usernameHint')}
          value={values.username}
          onChange={(value) => onChange('username', value)}
          error={errors.username}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
        />
      )}
      <TextField
        id={id('displayName')}
        name="displayName"
        label={t('admin.fields.displayName')}
        value={values.displayName}
        onChange={(value) => onChange('displayName', value)}
        error={errors.displayName}
        autoComplete="off"
        required
      />
      <TextField
        id={id('email')}
        name="email"
        type="email"
        label={t('admin.fields.email')}
        value={values.email}
        onChange={(value) => onChange('email', value)}
        error={errors.email}
        autoComplete="off"
        spellCheck={false}
        required
      />
      <SelectField
        id={id('role')}
        name="role"
        label={t('admin.fields.role')}
        value={values.role}
        options={roleOptions(t)}
        emptyOption={t('common.chooseOption')}
        onChange={(value) => onChange('role', value)}
        error={errors.role}
        required
      />
      <SelectField
        id={id('organisationId')}
        name="organisationId"
        label={t('admin.fields.organisation')}
        value={values.organisationId}
        options={organisationOptions(organisations)}
        emptyOption={t('common.chooseOption')}
        onChange={(value) => onChange('organisationId', value)}
        error={errors.organisationId}
        required
      />
      <SelectField
        id={id('maxConfidentiality')}
        name="maxConfidentiality"
        label={t('admin.fields.maxConfidentiality')}
        description={t('admin.fields.maxConfidentialityHint')}
        value={values.maxConfidentiality}
        options={confidentialityOptions(t)}
        emptyOption={t('common.chooseOption')}
        onChange={(value) => onChange('maxConfidentiality', value)}
        error={errors.maxConfidentiality}
        required
      />
    </>
  );
}
