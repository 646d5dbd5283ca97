import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Textarea } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

interface TextareaFieldProps {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  description?: ReactNode;
  required?: boolean;
  rows?: number;
  maxLength?: number;
}

/** A labelled multi-line text field, wired up like TextField. */
export function TextareaField({ id, name, label, value, onChange, error, description, required, rows = 3, maxLength }: TextareaFieldProps) {
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <FormField
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={description ? <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription> : undefined}
      errorMessage={error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : undefined}
      input={
        <Textarea
          id={id}
          name={name}
          value={value}
          rows={rows}
          maxLength={maxLength}
          onChange={(event) => onChange(event.target.value)}
          invalid={Boolean(error)}
          required={required}
          aria-describedby={describedBy}
        />
      }
    />
  );
}
