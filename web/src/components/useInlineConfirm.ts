import { useEffect, useRef, useState } from 'react';

/**
 * The focus handling of an inline confirmation (no modal): opening moves focus to the question, cancelling
 * returns it to the button that started it; closing after the action leaves focus where the result is.
 */
export function useInlineConfirm() {
  const [confirming, setConfirming] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) {
      questionRef.current?.focus();
    } else if (returnFocus.current) {
      returnFocus.current = false;
      startRef.current?.focus();
    }
  }, [confirming]);

  return {
    confirming,
    questionRef,
    startRef,
    open: () => setConfirming(true),
    /** Back to the start button, with focus on it (the user cancelled). */
    cancel: () => {
      returnFocus.current = true;
      setConfirming(false);
    },
    /** Closed after the action ran. */
    done: () => setConfirming(false),
  };
}
