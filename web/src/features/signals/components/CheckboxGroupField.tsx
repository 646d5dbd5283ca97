import { Checkbox, FormField, FormLabel } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { ChoiceFieldset } from '../../../components/ChoiceFieldset';

interface CheckboxGroupFieldProps {
  /** Id of the first checkbox, so an error summary link can focus the group. */
  id: string;
  name: string;
  legend: string;
  values: readonly string[];
  options: readonly { value: string; label: string }[];
  onChange: (value: string, checked: boolean) => void;
  error?: string;
  description?: ReactNode;
}

/** A fieldset of checkboxes with a legend, like the registry's RadioGroupField. */
export function CheckboxGroupField({ id, name, legend, values, options, onChange, error, description }: CheckboxGroupFieldProps) {
  return (
    <ChoiceFieldset id={id} legend={legend} error={error} description={description}>
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.value}`;
        const checked = values.includes(option.value);
        return (
          <FormField
            key={option.value}
            type="checkbox"
            label={
              <FormLabel htmlFor={optionId} type="checkbox" checked={checked}>
                {option.label}
              </FormLabel>
            }
            input={
              <Checkbox
                id={optionId}
                name={name}
                value={option.value}
                checked={checked}
                invalid={Boolean(error)}
                onChange={(event) => onChange(option.value, event.target.checked)}
              />
            }
          />
        );
      })}
    </ChoiceFieldset>
  );
}
