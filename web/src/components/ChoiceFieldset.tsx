import { Fieldset, FieldsetLegend, FormFieldDescription, FormFieldErrorMessage } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

interface ChoiceFieldsetProps {
  /** Id of the first choice; the description and error take ids derived from it. */
  id: string;
  legend: string;
  error?: string;
  description?: ReactNode;
  /** The radio buttons or checkboxes. */
  children: ReactNode;
}

/** The frame of a group of radio buttons or checkboxes: fieldset, legend, description and error, tied together for screen readers. */
export function ChoiceFieldset({ id, legend, error, description, children }: ChoiceFieldsetProps) {
  const descriptionId = description ? `${id}-group-description` : undefined;
  const errorId = error ? `${id}-group-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <Fieldset className="dwb-radio-group" invalid={Boolean(error)} aria-describedby={describedBy}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description && (
        <FormFieldDescription id={descriptionId} className="dwb-radio-group__description">
          {description}
        </FormFieldDescription>
      )}
      {error && (
        <FormFieldErrorMessage id={errorId} className="dwb-radio-group__error">
          {error}
        </FormFieldErrorMessage>
      )}
      {children}
    </Fieldset>
  );
}
