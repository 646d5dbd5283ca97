import type { ReactNode } from 'react';
import { LabelledField } from '../../../components/LabelledField';

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
  return (
    <LabelledField id={id} label={label} error={error} description={description}>
      {(describedBy) => (
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
      )}
    </LabelledField>
  );
}
