import { Textbox } from '@utrecht/component-library-react';
import type { HTMLAttributes, ReactNode } from 'react';
import { LabelledField } from './LabelledField';

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
  return (
    <LabelledField id={id} label={label} error={error} description={description}>
      {(describedBy) => (
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
      )}
    </LabelledField>
  );
}
