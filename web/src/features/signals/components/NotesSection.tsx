import { Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../../../components/fieldErrors';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { TextareaField } from '../../../components/TextareaField';
import { useFormSubmission } from '../../../components/useFormSubmission';
import { formatDateTime } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import { addNote, type NoteView, type SignalDetail } from '../api';
import { FreeText } from './SignalBits';

const FORM_ID = 'signal-note';

/** Internal notes, oldest first, each with who wrote it and when. */
export function NotesList({ notes }: { notes: readonly NoteView[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (notes.length === 0) {
    return <Paragraph>{t('signals.notes.empty')}</Paragraph>;
  }
  return (
    <ul className="dwb-card-list" aria-label={t('signals.notes.listLabel')}>
      {notes.map((note) => (
        <li key={note.id} className="dwb-card-list__item">
          <Paragraph className="dwb-timeline__at">{t('signals.notes.by', { name: note.createdBy, at: formatDateTime(note.createdAt, language) })}</Paragraph>
          <FreeText text={note.body} />
        </li>
      ))}
    </ul>
  );
}

/** "Notitie toevoegen". */
export function NoteForm({ signal, onChanged }: { signal: SignalDetail; onChanged: (signal: SignalDetail, message: string) => void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const form = useFormSubmission();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit({ body: body.trim() ? undefined : t('signals.notes.required') }, async () => {
      const updated = await addNote(signal.id, body.trim());
      setBody('');
      onChanged(updated, t('signals.notes.added'));
    });
  };

  return (
    <>
      <FormErrorSummary formId={FORM_ID} error={form.error} fieldErrors={form.fieldErrors} fields={{ body: t('signals.notes.body') }} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextareaField
          id={fieldId(FORM_ID, 'body')}
          name="body"
          label={t('signals.notes.body')}
          value={body}
          onChange={setBody}
          error={form.fieldErrors.body}
          maxLength={5000}
          rows={4}
          required
        />
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('signals.notes.submit')}
        </PrimaryActionButton>
      </form>
    </>
  );
}
