import { describe, expect, it } from 'vitest';
import { comboboxKeyAction, isSearchable, isSlashShortcutTarget, type ComboboxState } from './combobox';

const state = (overrides: Partial<ComboboxState> = {}): ComboboxState => ({ open: true, activeIndex: -1, optionCount: 3, hasText: true, ...overrides });

describe('comboboxKeyAction', () => {
  it('moves down through the options and wraps to the first', () => {
    expect(comboboxKeyAction('ArrowDown', state())).toEqual({ type: 'activate', index: 0 });
    expect(comboboxKeyAction('ArrowDown', state({ activeIndex: 1 }))).toEqual({ type: 'activate', index: 2 });
    expect(comboboxKeyAction('ArrowDown', state({ activeIndex: 2 }))).toEqual({ type: 'activate', index: 0 });
  });

  it('moves up and wraps to the last', () => {
    expect(comboboxKeyAction('ArrowUp', state({ activeIndex: 2 }))).toEqual({ type: 'activate', index: 1 });
    expect(comboboxKeyAction('ArrowUp', state({ activeIndex: 0 }))).toEqual({ type: 'activate', index: 2 });
    expect(comboboxKeyAction('ArrowUp', state({ activeIndex: -1 }))).toEqual({ type: 'activate', index: 2 });
  });

  it('opens a closed popup: ArrowDown on the first option, Alt+ArrowDown without one, ArrowUp on the last', () => {
    expect(comboboxKeyAction('ArrowDown', state({ open: false }))).toEqual({ type: 'activate', index: 0 });
    expect(comboboxKeyAction('ArrowDown', state({ open: false }), { altKey: true })).toEqual({ type: 'activate', index: -1 });
    expect(comboboxKeyAction('ArrowUp', state({ open: false }))).toEqual({ type: 'activate', index: 2 });
  });

  it('leaves the arrows to the browser when there are no options', () => {
    expect(comboboxKeyAction('ArrowDown', state({ optionCount: 0 }))).toEqual({ type: 'ignore' });
    expect(comboboxKeyAction('ArrowUp', state({ optionCount: 0, open: false }))).toEqual({ type: 'ignore' });
  });

  it('opens the active option with Enter, and goes to the results page without one', () => {
    expect(comboboxKeyAction('Enter', state({ activeIndex: 1 }))).toEqual({ type: 'choose', index: 1 });
    expect(comboboxKeyAction('Enter', state())).toEqual({ type: 'submit' });
    expect(comboboxKeyAction('Enter', state({ open: false, activeIndex: 1 }))).toEqual({ type: 'submit' });
    expect(comboboxKeyAction('Enter', state({ hasText: false, open: false }))).toEqual({ type: 'ignore' });
  });

  it('closes with Escape, and clears the text with a second Escape', () => {
    expect(comboboxKeyAction('Escape', state({ activeIndex: 1 }))).toEqual({ type: 'close' });
    expect(comboboxKeyAction('Escape', state({ open: false }))).toEqual({ type: 'clear' });
    expect(comboboxKeyAction('Escape', state({ open: false, hasText: false }))).toEqual({ type: 'ignore' });
  });

  it('leaves Home, End and typing to the input', () => {
    expect(comboboxKeyAction('Home', state())).toEqual({ type: 'ignore' });
    expect(comboboxKeyAction('End', state())).toEqual({ type: 'ignore' });
    expect(comboboxKeyAction('a', state())).toEqual({ type: 'ignore' });
  });
});

describe('isSlashShortcutTarget', () => {
  const element = (tagName: string, isContentEditable = false) => ({ tagName, isContentEditable }) as unknown as Element;

  it('takes "/" from the page, buttons and links, not from form fields', () => {
    expect(isSlashShortcutTarget(null)).toBe(true);
    expect(isSlashShortcutTarget(element('BODY'))).toBe(true);
    expect(isSlashShortcutTarget(element('A'))).toBe(true);
    expect(isSlashShortcutTarget(element('BUTTON'))).toBe(true);
    expect(isSlashShortcutTarget(element('INPUT'))).toBe(false);
    expect(isSlashShortcutTarget(element('TEXTAREA'))).toBe(false);
    expect(isSlashShortcutTarget(element('SELECT'))).toBe(false);
    expect(isSlashShortcutTarget(element('DIV', true))).toBe(false);
  });
});

describe('isSearchable', () => {
  it('needs two characters besides spaces, like the server', () => {
    expect(isSearchable('')).toBe(false);
    expect(isSearchable(' a ')).toBe(false);
    expect(isSearchable('ab')).toBe(true);
  });
});
