import { useCallback, useRef, useState } from 'react';
import { hasErrors, serverFieldErrors, type FieldErrors } from './fieldErrors';

export interface FormSubmission {
  busy: boolean;
  /** The error of the last submit (an ApiError as a rule), or null. */
  error: unknown;
  /** Client-side validation messages, or the server's `errors[]` after a failed submit. */
  fieldErrors: FieldErrors;
  /**
   * Submit: with client errors, show them and do not call the server; otherwise run
   * the action and, when it fails, keep its error and field errors. Resolves to success.
   */
  submit: (clientErrors: FieldErrors, action: () => Promise<void>) => Promise<boolean>;
  clear: () => void;
}

/** The state every form needs around one submit action. */
export function useFormSubmission(): FormSubmission {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  // Buttons stay enabled while busy (disabling them would drop keyboard focus), so ignore repeats here.
  const running = useRef(false);

  const submit = useCallback(async (clientErrors: FieldErrors, action: () => Promise<void>) => {
    if (hasErrors(clientErrors)) {
      setError(null);
      setFieldErrors(clientErrors);
      return false;
    }
    if (running.current) {
      return false;
    }
    running.current = true;
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      await action();
      return true;
    } catch (caught) {
      setError(caught);
      setFieldErrors(serverFieldErrors(caught));
      return false;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);

  const clear = useCallback(() => {
    setError(null);
    setFieldErrors({});
  }, []);

  return { busy, error, fieldErrors, submit, clear };
}
