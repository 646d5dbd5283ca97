import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

interface FileFieldProps {
  id: string;
  name: string;
  label: string;
  accept?: string;
  onChange: (file: File | null) => void;
  error?: string;
  description?: ReactNode;
  required?: boolean;
}

/** A labelled native file input (the design system has no file input of its own). */
export function FileField({ id, name, label, accept, onChange, error, description, required }: FileFieldProps) {
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
        <input
          id={id}
          name={name}
          type="file"
          accept={accept}
          className="dwb-file-input"
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.files?.[0] ?? null)}
        />
      }
    />
  );
}
