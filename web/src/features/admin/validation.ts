import type { TFunction } from 'i18next';
import type { FieldErrors } from '../../components/fieldErrors';

/** The editable user fields as the forms hold them (all strings, '' when empty). */
export interface UserFormValues {
  username: string;
  displayName: string;
  email: string;
  role: string;
  organisationId: string;
  maxConfidentiality: string;
}

export const EMPTY_USER_FORM: UserFormValues = {
  username: '',
  displayName: '',
  email: '',
  role: '',
  organisationId: '',
  maxConfidentiality: '',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Client-side checks; the server validates again and its messages win. */
export function validateUser(t: TFunction, values: UserFormValues, includeUsername: boolean): FieldErrors {
  const required = t('admin.fields.required');
  const blank = (value: string) => value.trim() === '';
  return {
    username: includeUsername && blank(values.username) ? required : undefined,
    displayName: blank(values.displayName) ? required : undefined,
    email: blank(values.email) ? required : EMAIL.test(values.email.trim()) ? undefined : t('admin.fields.emailInvalid'),
    role: blank(values.role) ? required : undefined,
    organisationId: blank(values.organisationId) ? required : undefined,
    maxConfidentiality: blank(values.maxConfidentiality) ? required : undefined,
  };
}

export function userFieldLabels(t: TFunction): Record<keyof UserFormValues, string> {
  return {
    username: t('admin.fields.username'),
    displayName: t('admin.fields.displayName'),
    email: t('admin.fields.email'),
    role: t('admin.fields.role'),
    organisationId: t('admin.fields.organisation'),
    maxConfidentiality: t('admin.fields.maxConfidentiality'),
  };
}
