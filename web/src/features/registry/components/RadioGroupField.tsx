import { FormField, FormFieldDescription, FormLabel, RadioButton } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { ChoiceFieldset } from '../../../components/ChoiceFieldset';

export interface RadioOption {
  value: string;
  label: string;
  description?: string;
}

interface RadioGroupFieldProps {
  /** Id of the first radio button, so an error summary link can focus the group. */
  id: string;
  name: string;
  legend: string;
  value: string;
  options: readonly RadioOption[];
  onChange: (value: string) => void;
  error?: string;
  description?: ReactNode;
}

/** A fieldset of radio buttons with a legend, in the Utrecht form-field style. */
export function RadioGroupField({ id, name, legend, value, options, onChange, error, description }: RadioGroupFieldProps) {
  return (
    <ChoiceFieldset id={id} legend={legend} error={error} description={description}>
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.value}`;
        const hintId = option.description ? `${optionId}-hint` : undefined;
        return (
          <FormField
            key={option.value}
            type="radio"
            label={
              <FormLabel htmlFor={optionId} type="radio" checked={value === option.value}>
                {option.label}
              </FormLabel>
            }
            description={option.description ? <FormFieldDescription id={hintId}>{option.description}</FormFieldDescription> : undefined}
            input={
              <RadioButton
                id={optionId}
                name={name}
                value={option.value}
                checked={value === option.value}
                invalid={Boolean(error)}
                aria-describedby={hintId}
                onChange={() => onChange(option.value)}
              />
            }
          />
        );
      })}
    </ChoiceFieldset>
  );
}
