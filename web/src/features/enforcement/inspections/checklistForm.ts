import type { FieldErrors } from '../../../components/fieldErrors';
import type { ChecklistItem } from './api';

const CODE = /^[a-z][a-z0-9_]{1,39}$/;

/** Client-side checks that mirror the server's: codes well-formed and unique, texts filled in. */
export function checklistErrors(
  messages: { required: string; code: string; duplicate: string },
  name: { nl: string; en: string },
  items: readonly ChecklistItem[],
): FieldErrors {
  const errors: FieldErrors = {};
  if (!name.nl.trim()) errors['name.nl'] = messages.required;
  if (!name.en.trim()) errors['name.en'] = messages.required;
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (!CODE.test(item.code)) errors[`items.${i}.code`] = messages.code;
    else if (seen.has(item.code)) errors[`items.${i}.code`] = messages.duplicate;
    seen.add(item.code);
    if (!item.textNl.trim()) errors[`items.${i}.textNl`] = messages.required;
    if (!item.textEn.trim()) errors[`items.${i}.textEn`] = messages.required;
  });
  return errors;
}
