import type { TFunction } from 'i18next';
import { i18n } from '../i18n';
import { isApiError } from '../api/client';

/**
 * The text to show for a failed request: the server's problem+json `detail`
 * (user-safe by contract), else our own text for the error code, else a generic one.
 */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) {
    return t('errors.generic');
  }
  const key = `errors.${error.code}`;
  const ownText = i18n.exists(key) ? String(t(key as 'errors.generic')) : null;
  // The server writes `detail` in Dutch only; in another UI language our own text for the code reads better.
  const preferOwnText = i18n.resolvedLanguage !== 'nl' && ownText !== null;
  if (error.detail && !preferOwnText) {
    return error.detail;
  }
  return ownText ?? t('errors.generic');
}

/** A reference for the service desk, only worth showing for server faults. */
export function errorReference(error: unknown): string | null {
  return isApiError(error) && error.status >= 500 ? error.requestId : null;
}
