import { isApiError } from '../api/client';

/** Messages per body field, keyed by the field's name in the request body. */
export type FieldErrors = Partial<Record<string, string>>;

/** The field errors the server reported in a problem+json `errors` array. */
export function serverFieldErrors(error: unknown): FieldErrors {
  if (!isApiError(error)) {
    return {};
  }
  const result: FieldErrors = {};
  for (const { path, message } of error.errors) {
    if (path && message && result[path] === undefined) {
      result[path] = message;
    }
  }
  return result;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some((message) => message !== undefined);
}

/** The DOM id of a form field, shared by the field and the error summary link. */
export function fieldId(formId: string, name: string): string {
  return `${formId}-${name}`;
}
