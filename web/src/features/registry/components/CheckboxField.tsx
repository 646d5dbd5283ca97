import { Checkbox, FormField, FormLabel } from '@utrecht/component-library-react';

interface CheckboxFieldProps {
  id: string;
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Keep the label for screen readers only (e.g. in a table row whose header says it). */
  hideLabel?: boolean;
}

/** One labelled checkbox in the Utrecht form-field style. */
export function CheckboxField({ id, name, label, checked, onChange, hideLabel }: CheckboxFieldProps) {
  return (
    <FormField
      type="checkbox"
      className="dwb-checkbox-field"
      label={
        <FormLabel htmlFor={id} type="checkbox" checked={checked} className={hideLabel ? 'dwb-visually-hidden' : undefined}>
          {label}
        </FormLabel>
      }
      input={<Checkbox id={id} name={name} checked={checked} onChange={(event) => onChange(event.target.checked)} />}
    />
  );
}
