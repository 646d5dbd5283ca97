import {
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
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarDate } from '../../../../components/DateTime';
import { fieldId } from '../../../../components/fieldErrors';
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { TableScroll } from '../../../../components/TableScroll';
import { TextareaField } from '../../../../components/TextareaField';
import { useFormSubmission } from '../../../../components/useFormSubmission';
import { completeFollowUp, type TrajectoryDetail } from '../api';

type FollowUp = TrajectoryDetail['followUps'][number];

function CompleteForm({ detail, followUp, onDone }: { detail: TrajectoryDetail; followUp: FollowUp; onDone: (next: TrajectoryDetail) => void }) {
  const { t } = useTranslation();
  const formId = `follow-up-${followUp.months}`;
  const [note, setNote] = useState('');
  const form = useFormSubmission();
  const label = t('careers.followUpNote', { months: followUp.months });
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit(note.trim() ? {} : { note: t('careers.errors.required') }, async () =>
      onDone(await completeFollowUp(detail.id, followUp.id, note.trim())),
    );
  };
  return (
    <>
      <FormErrorSummary formId={formId} error={form.error} fieldErrors={form.fieldErrors} fields={{ note: label }} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextareaField
          id={fieldId(formId, 'note')}
          name="note"
          label={label}
          value={note}
          onChange={setNote}
          error={form.fieldErrors.note}
          maxLength={4000}
          required
        />
        <PrimaryActionButton type="submit" aria-disabled={form.busy || undefined}>
          {t('careers.submitFollowUp')}
        </PrimaryActionButton>
      </form>
    </>
  );
}

/** Follow-up contacts after exit ("we laten niet los"), each a task for the regisseur. */
export function FollowUpsSection({
  detail,
  followUpMonths,
  onChange,
}: {
  detail: TrajectoryDetail;
  followUpMonths: number[];
  onChange: (next: TrajectoryDetail, message: string) => void;
}) {
  const { t } = useTranslation();
  const caption = t('careers.followUpsCaption');
  const next = detail.followUps.find((f) => f.status === 'open');
  return (
    <section aria-labelledby="follow-ups-heading" className="dwb-signal-section">
      <Heading2 id="follow-ups-heading">{t('careers.followUpsTitle')}</Heading2>
      <Paragraph>{t('careers.followUpsIntro', { months: followUpMonths.join(', ') })}</Paragraph>
      {detail.followUps.length === 0 ? (
        <Paragraph>{t('careers.followUpsEmpty')}</Paragraph>
      ) : (
        <TableScroll label={caption}>
          <Table className="dwb-table">
            <TableCaption className="dwb-table-caption">{caption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('careers.colMonths')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('careers.colDue')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('careers.colStatus')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('careers.colNote')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {detail.followUps.map((f) => (
                <TableRow key={f.id}>
                  <TableHeaderCell scope="row" className="dwb-row-header">
                    {t('careers.monthsAfter', { count: f.months })}
                  </TableHeaderCell>
                  <TableCell>
                    <CalendarDate value={f.dueDate} />
                  </TableCell>
                  <TableCell>{t(`careers.followUpStatus.${f.status}`)}</TableCell>
                  <TableCell>{f.note || t('careers.none')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
      {next && detail.permissions.canWrite && (
        <CompleteForm key={next.id} detail={detail} followUp={next} onDone={(updated) => onChange(updated, t('careers.followUpDone'))} />
      )}
    </section>
  );
}
