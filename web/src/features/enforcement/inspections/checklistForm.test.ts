import { describe, expect, it } from 'vitest';
import { checklistErrors } from './checklistForm';

const messages = { required: 'verplicht', code: 'code', duplicate: 'dubbel' };
const item = (code: string, textNl = 'Tekst', textEn = 'Text') => ({ code, textNl, textEn });

describe('checklistErrors', () => {
  it('accepts well-formed, unique items with both texts', () => {
    expect(checklistErrors(messages, { nl: 'Horeca', en: 'Hospitality' }, [item('opening_hours'), item('fire_safety')])).toEqual({});
  });

  it('names each problem at its field', () => {
    expect(
      checklistErrors(messages, { nl: ' ', en: 'Hospitality' }, [item('opening_hours'), item('opening_hours', ''), item('Bad code', 'Tekst', ' ')]),
    ).toEqual({
      'name.nl': 'verplicht',
      'items.1.code': 'dubbel',
      'items.1.textNl': 'verplicht',
      'items.2.code': 'code',
      'items.2.textEn': 'verplicht',
    });
  });
});
