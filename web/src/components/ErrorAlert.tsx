import { Alert, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { errorMessage, errorReference } from './errorMessage';

interface ErrorAlertProps {
  error: unknown;
}

/**
 * An error Alert for a request that failed outside a form (loading a list, an action
 * button): the problem+json `detail`, any field messages, and a reference for 5xx.
 */
export function ErrorAlert({ error }: ErrorAlertProps) {
  const { t } = useTranslation();
  const reference = errorReference(error);
  const fieldMessages = isApiError(error) ? error.errors.filter((item) => item.message) : [];
  return (
    <Alert type="error">
      <Paragraph>{errorMessage(t, error)}</Paragraph>
      {fieldMessages.length > 0 && (
        <UnorderedList>
          {fieldMessages.map((item) => (
            <UnorderedListItem key={`${item.path}:${item.message}`}>{item.message}</UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {reference && <Paragraph small>{t('common.requestId', { id: reference })}</Paragraph>}
    </Alert>
  );
}
