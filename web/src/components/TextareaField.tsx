import { Textarea } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { LabelledField } from './LabelledField';

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
  return (
    <LabelledField id={id} label={label} error={error} description={description}>
      {(describedBy) => (
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
      )}
    </LabelledField>
  );
}
