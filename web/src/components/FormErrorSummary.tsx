import { Alert, Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, errorReference } from './errorMessage';
import { fieldId, type FieldErrors } from './fieldErrors';

interface FormErrorSummaryProps {
  formId: string;
  /** The error of the last submit, or null. */
  error: unknown;
  fieldErrors: FieldErrors;
  /** Field name → label, for the link text; fields not listed here are shown without a link. */
  fields: Record<string, string>;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  if (target) {
    event.preventDefault();
    target.focus();
  }
}

/**
 * Error summary above a form: the problem+json `detail` plus a list of field
 * errors that link to their fields. It takes focus whenever a submit fails,
 * so keyboard and screen reader users land on the explanation.
 */
export function FormErrorSummary({ formId, error, fieldErrors, fields }: FormErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(fieldErrors).filter((entry): entry is [string, string] => Boolean(entry[1]));
  const visible = Boolean(error) || entries.length > 0;

  useEffect(() => {
    if (visible) {
      ref.current?.focus();
    }
  }, [visible, error, fieldErrors]);

  if (!visible) {
    return null;
  }
  const reference = errorReference(error);
  return (
    <Alert type="error" ref={ref} tabIndex={-1} className="dwb-error-summary">
      <Paragraph>{error ? errorMessage(t, error) : t('common.errorSummary')}</Paragraph>
      {entries.length > 0 && (
        <UnorderedList>
          {entries.map(([name, message]) => {
            const label = fields[name];
            const id = fieldId(formId, name);
            return (
              <UnorderedListItem key={name}>
                {label ? (
                  <Link href={`#${id}`} onClick={(event) => focusField(event, id)}>
                    {label}: {message}
                  </Link>
                ) : (
                  message
                )}
              </UnorderedListItem>
            );
          })}
        </UnorderedList>
      )}
      {reference && <Paragraph small>{t('common.requestId', { id: reference })}</Paragraph>}
    </Alert>
  );
}
