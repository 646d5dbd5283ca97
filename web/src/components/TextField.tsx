import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Textbox } from '@utrecht/component-library-react';
import type { HTMLAttributes, ReactNode } from 'react';

export interface TextFieldProps {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  description?: ReactNode;
  type?: 'text' | 'password' | 'email' | 'date' | 'search';
  autoComplete?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  required?: boolean;
  maxLength?: number;
  spellCheck?: boolean;
  autoCapitalize?: string;
}

/**
 * A labelled text input in the Utrecht form-field style. The description and the
 * error message are linked with aria-describedby; an error sets aria-invalid.
 */
export function TextField({
  id,
  name,
  label,
  value,
  onChange,
  error,
  description,
  type = 'text',
  autoComplete,
  inputMode,
  required,
  maxLength,
  spellCheck,
  autoCapitalize,
}: TextFieldProps) {
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
        <Textbox
          id={id}
          name={name}
          type={type}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          invalid={Boolean(error)}
          required={required}
          aria-describedby={describedBy}
          autoComplete={autoComplete}
          inputMode={inputMode}
          maxLength={maxLength}
          spellCheck={spellCheck}
          autoCapitalize={autoCapitalize}
        />
      }
    />
  );
}
