import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export interface LabelledFieldProps {
  id: string;
  label: string;
  error?: string | undefined;
  description?: ReactNode;
  /** The control, given the ids of the description and error message for its aria-describedby. */
  children: (describedBy: string | undefined) => ReactNode;
}

/**
 * The Utrecht form-field frame every single-control field uses: label, description and error
 * message, with the description and error linked to the control through aria-describedby.
 */
export function LabelledField({ id, label, error, description, children }: LabelledFieldProps) {
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <FormField
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={description ? <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription> : undefined}
      errorMessage={error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : undefined}
      input={children(describedBy)}
    />
  );
}
