import {
  Button,
  Heading2,
  Paragraph,
  PrimaryActionButton,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiResource } from '../../../api/useApiResource';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { fieldId } from '../../../components/fieldErrors';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { StatusMessage } from '../../../components/StatusMessage';
import { TableScroll } from '../../../components/TableScroll';
import { TextField } from '../../../components/TextField';
import { useFormSubmission } from '../../../components/useFormSubmission';
import { isCalendarDate } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import { TextareaField } from '../../../components/TextareaField';
import { deleteEqualDay, fetchEqualDays, saveEqualDay, withEqualDay, type EqualDay } from '../api';
import { formatDayWithWeekday } from '../format';

const FORM_ID = 'equal-day';

interface Draft {
  date: string;
  name: string;
  source: string;
}

const EMPTY: Draft = { date: '', name: '', source: '' };

function EqualDaysTable({
  days,
  onEdit,
  onDelete,
}: {
  days: readonly EqualDay[];
  onEdit: (day: EqualDay) => void;
  onDelete: (day: EqualDay) => Promise<void>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const caption = t('legal.equalDays.tableCaption');
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        {/* The section heading above says the same; the caption names the table for screen readers. */}
        <TableCaption className="dwb-table-caption dwb-visually-hidden">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('legal.equalDays.columns.date')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('legal.equalDays.columns.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('legal.equalDays.columns.source')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('legal.equalDays.columns.actions')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {days.map((day) => {
            const written = formatDayWithWeekday(day.date, language);
            return (
              <TableRow key={day.date}>
                <TableHeaderCell scope="row" className="dwb-row-header dwb-equal-day-date">
                  <time dateTime={day.date}>{written}</time>
                </TableHeaderCell>
                <TableCell>{day.name}</TableCell>
                <TableCell className="dwb-equal-day-source">{day.source}</TableCell>
                <TableCell>
                  <div className="dwb-actions dwb-actions--compact">
                    <Button appearance="secondary-action-button" onClick={() => onEdit(day)}>
                      {t('legal.equalDays.edit')}
                      <span className="dwb-visually-hidden">: {written}</span>
                    </Button>
                    <ConfirmAction
                      label={t('legal.equalDays.delete')}
                      question={t('legal.equalDays.deleteConfirm', { date: written, name: day.name })}
                      onConfirm={() => onDelete(day)}
                      danger
                    />
                  </div>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

interface EqualDayFormProps {
  draft: Draft;
  onChange: (draft: Draft) => void;
  onSaved: (day: EqualDay) => void;
}

function EqualDayForm({ draft, onChange, onSaved }: EqualDayFormProps) {
  const { t } = useTranslation();
  const form = useFormSubmission();
  const set = (field: keyof Draft) => (value: string) => onChange({ ...draft, [field]: value });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const clientErrors = {
      date: isCalendarDate(draft.date) ? undefined : t('legal.equalDays.dateRequired'),
      name: draft.name.trim() ? undefined : t('legal.equalDays.nameRequired'),
      source: draft.source.trim() ? undefined : t('legal.equalDays.sourceRequired'),
    };
    await form.submit(clientErrors, async () => {
      onSaved(await saveEqualDay(draft.date, { name: draft.name.trim(), source: draft.source.trim() }));
    });
  };

  return (
    <>
      <FormErrorSummary
        formId={FORM_ID}
        error={form.error}
        fieldErrors={form.fieldErrors}
        fields={{ date: t('legal.equalDays.date'), name: t('legal.equalDays.name'), source: t('legal.equalDays.source') }}
      />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField
          id={fieldId(FORM_ID, 'date')}
          name="date"
          type="date"
          label={t('legal.equalDays.date')}
          description={t('legal.equalDays.dateHint')}
          value={draft.date}
          onChange={set('date')}
          error={form.fieldErrors.date}
          required
        />
        <TextField
          id={fieldId(FORM_ID, 'name')}
          name="name"
          label={t('legal.equalDays.name')}
          description={t('legal.equalDays.nameHint')}
          value={draft.name}
          onChange={set('name')}
          error={form.fieldErrors.name}
          maxLength={200}
          required
        />
        <TextareaField
          id={fieldId(FORM_ID, 'source')}
          name="source"
          label={t('legal.equalDays.source')}
          description={t('legal.equalDays.sourceHint')}
          value={draft.source}
          onChange={set('source')}
          error={form.fieldErrors.source}
          maxLength={500}
          required
        />
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('legal.equalDays.submit')}
        </PrimaryActionButton>
      </form>
    </>
  );
}

/**
 * "Gelijkgestelde dagen" (beheerder): the days declared equal to public holidays by Royal Decree
 * (Algemene termijnenwet art. 3 lid 3), which every deadline computation takes into account.
 */
export function EqualDaysPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const days = useApiResource((signal) => fetchEqualDays(signal), []);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [message, setMessage] = useState('');
  const feedbackRef = useRef<HTMLDivElement>(null);

  const onSaved = (saved: EqualDay) => {
    days.setData((current) => withEqualDay(current ?? [], saved));
    setDraft(EMPTY);
    setMessage(t('legal.equalDays.saved', { date: formatDayWithWeekday(saved.date, language) }));
  };

  const onDelete = async (day: EqualDay) => {
    await deleteEqualDay(day.date);
    days.setData((current) => (current ?? []).filter((item) => item.date !== day.date));
    setMessage(t('legal.equalDays.deleted', { date: formatDayWithWeekday(day.date, language) }));
    // The row with the button is gone; continue from the outcome.
    window.setTimeout(() => feedbackRef.current?.focus(), 0);
  };

  const onEdit = (day: EqualDay) => {
    setDraft({ date: day.date, name: day.name, source: day.source });
    setMessage('');
    window.setTimeout(() => document.getElementById(fieldId(FORM_ID, 'name'))?.focus(), 0);
  };

  return (
    <>
      <PageTitle>{t('legal.equalDays.title')}</PageTitle>
      <Paragraph lead>{t('legal.equalDays.intro')}</Paragraph>
      <Paragraph>{t('legal.equalDays.check')}</Paragraph>
      <div ref={feedbackRef} tabIndex={-1} className="dwb-feedback">
        {message && <StatusMessage>{message}</StatusMessage>}
      </div>
      <section aria-labelledby="equal-days-list-heading" className="dwb-section">
        <Heading2 id="equal-days-list-heading">{t('legal.equalDays.tableCaption')}</Heading2>
        {days.loading && !days.data && <Loading />}
        {days.error !== null && <ErrorAlert error={days.error} />}
        {days.data &&
          (days.data.length === 0 ? (
            <Paragraph>{t('legal.equalDays.empty')}</Paragraph>
          ) : (
            <EqualDaysTable days={days.data} onEdit={onEdit} onDelete={onDelete} />
          ))}
      </section>
      <section aria-labelledby="equal-day-form-heading" className="dwb-section">
        <Heading2 id="equal-day-form-heading">{t('legal.equalDays.formHeading')}</Heading2>
        <EqualDayForm draft={draft} onChange={setDraft} onSaved={onSaved} />
      </section>
    </>
  );
}
