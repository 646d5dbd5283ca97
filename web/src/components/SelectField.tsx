import { Select, SelectOption } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { LabelledField } from './LabelledField';

export interface SelectFieldOption {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  id: string;
  name: string;
  label: string;
  value: string;
  options: readonly SelectFieldOption[];
  onChange: (value: string) => void;
  /** Text of a first option with the empty value, e.g. "Kies een optie" or "Alle rollen". */
  emptyOption?: string;
  error?: string;
  description?: ReactNode;
  required?: boolean;
  disabled?: boolean;
}

/** A labelled select in the Utrecht form-field style, wired up like {@link TextField}. */
export function SelectField({ id, name, label, value, options, onChange, emptyOption, error, description, required, disabled }: SelectFieldProps) {
  return (
    <LabelledField id={id} label={label} error={error} description={description}>
      {(describedBy) => (
        <Select
          id={id}
          name={name}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          invalid={Boolean(error)}
          required={required}
          disabled={disabled}
          aria-describedby={describedBy}
        >
          {emptyOption !== undefined && <SelectOption value="">{emptyOption}</SelectOption>}
          {options.map((option) => (
            <SelectOption key={option.value} value={option.value}>
              {option.label}
            </SelectOption>
          ))}
        </Select>
      )}
    </LabelledField>
  );
}
