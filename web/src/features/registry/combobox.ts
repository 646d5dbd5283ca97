/**
 * Keyboard logic of the search combobox (WAI-ARIA 1.2 combobox with a listbox popup), kept pure so
 * it can be unit tested. The component applies the returned action.
 */

export interface ComboboxState {
  /** Whether the listbox popup is shown. */
  open: boolean;
  /** Index of the active option (aria-activedescendant), or -1 when none is active. */
  activeIndex: number;
  /** Number of options in the listbox. */
  optionCount: number;
  /** Whether the input holds text. */
  hasText: boolean;
}

export type ComboboxAction =
  /** Show the popup (when closed) and make this option active. */
  | { type: 'activate'; index: number }
  /** Open the active option. */
  | { type: 'choose'; index: number }
  /** Enter without an active option: go to the full results page. */
  | { type: 'submit' }
  | { type: 'close' }
  /** Escape on a closed popup: empty the input. */
  | { type: 'clear' }
  /** Not ours: let the browser handle the key (e.g. move the text cursor). */
  | { type: 'ignore' };

/** What a key press in the combobox input does. */
export function comboboxKeyAction(key: string, state: ComboboxState, modifiers: { altKey?: boolean } = {}): ComboboxAction {
  const { open, activeIndex, optionCount, hasText } = state;
  const last = optionCount - 1;
  switch (key) {
    case 'ArrowDown':
      if (optionCount === 0) {
        return { type: 'ignore' };
      }
      if (!open) {
        // Alt+ArrowDown only opens; plain ArrowDown opens and moves to the first option.
        return { type: 'activate', index: modifiers.altKey ? -1 : 0 };
      }
      return { type: 'activate', index: activeIndex >= last ? 0 : activeIndex + 1 };
    case 'ArrowUp':
      if (optionCount === 0) {
        return { type: 'ignore' };
      }
      if (!open) {
        return { type: 'activate', index: last };
      }
      return { type: 'activate', index: activeIndex <= 0 ? last : activeIndex - 1 };
    case 'Home':
    case 'End':
      // In the input these move the text cursor, as the APG pattern recommends.
      return { type: 'ignore' };
    case 'Enter':
      if (open && activeIndex >= 0 && activeIndex <= last) {
        return { type: 'choose', index: activeIndex };
      }
      return hasText ? { type: 'submit' } : { type: 'ignore' };
    case 'Escape':
      if (open) {
        return { type: 'close' };
      }
      return hasText ? { type: 'clear' } : { type: 'ignore' };
    default:
      return { type: 'ignore' };
  }
}

/** Whether a `/` typed with this element focused should jump to the search box instead. */
export function isSlashShortcutTarget(element: Element | null): boolean {
  if (!element) {
    return true;
  }
  const tag = element.tagName.toLowerCase();
  if (tag === 'input' || tag === 'textarea' || tag === 'select') {
    return false;
  }
  return !(element as HTMLElement).isContentEditable;
}

/** The minimum query length the server accepts. */
export const MIN_QUERY_LENGTH = 2;

/** Whether a query is long enough to send. */
export function isSearchable(query: string): boolean {
  return query.trim().length >= MIN_QUERY_LENGTH;
}
