import {
  Fieldset,
  FieldsetLegend,
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
import { CalendarDate, DateTime } from '../../../components/DateTime';
import { fieldId, type FieldErrors } from '../../../components/fieldErrors';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { SelectField } from '../../../components/SelectField';
import { TableScroll } from '../../../components/TableScroll';
import { TextareaField } from '../../../components/TextareaField';
import { TextField } from '../../../components/TextField';
import { useFormSubmission } from '../../../components/useFormSubmission';
import { roleLabel } from '../../../domain/labels';
import { isExistingDate } from '../format';
import { RadioGroupField } from '../../registry/components/RadioGroupField';
import { addFollowUp, type Assignee, type SignalDetail } from '../api';
import { followUpKindLabel } from '../labels';
import { FOLLOW_UP_KINDS, isOneOf, type FollowUpKind } from '../vocabulary';

/** The follow-up proposed so far: what, for whom, by when. */
export function FollowUpsTable({ signal }: { signal: SignalDetail }) {
  const { t } = useTranslation();
  const caption = t('signals.followUp.caption', { number: signal.number });
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('signals.followUp.columns.kind')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.followUp.columns.assignee')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.followUp.columns.dueDate')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.followUp.columns.note')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.followUp.columns.by')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {signal.followUps.map((followUp) => (
            <TableRow key={followUp.id}>
              <TableHeaderCell scope="row" className="dwb-row-header">
                {followUpKindLabel(t, followUp.kind)}
              </TableHeaderCell>
              <TableCell>{followUp.assignee.name}</TableCell>
              <TableCell>{followUp.dueDate ? <CalendarDate value={followUp.dueDate} /> : t('signals.followUp.noDueDate')}</TableCell>
              <TableCell>{followUp.note}</TableCell>
              <TableCell>
                {followUp.createdBy}
                <span className="dwb-cell-note">
                  <DateTime value={followUp.createdAt} />
                </span>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

const FORM_ID = 'signal-follow-up';

interface Values {
  kind: FollowUpKind | '';
  assigneeUserId: string;
  note: string;
  dueDate: string;
}

const EMPTY: Values = { kind: '', assigneeUserId: '', note: '', dueDate: '' };

/** "Opvolging voorstellen": the kind, who picks it up (they get a task), the proposal and an optional due date. */
export function FollowUpForm({
  signal,
  assignees,
  onChanged,
}: {
  signal: SignalDetail;
  assignees: readonly Assignee[];
  onChanged: (signal: SignalDetail, message: string) => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(EMPTY);
  const form = useFormSubmission();
  const set = <K extends keyof Values>(name: K, value: Values[K]) => setValues((current) => ({ ...current, [name]: value }));
  const id = (name: keyof Values) => fieldId(FORM_ID, name);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const clientErrors: FieldErrors = {
      kind: values.kind ? undefined : t('signals.followUp.errors.kind'),
      assigneeUserId: values.assigneeUserId ? undefined : t('signals.followUp.errors.assignee'),
      note: values.note.trim() ? undefined : t('signals.followUp.errors.note'),
      dueDate: values.dueDate && !isExistingDate(values.dueDate) ? t('signals.followUp.errors.dueDate') : undefined,
    };
    await form.submit(clientErrors, async () => {
      if (!values.kind) {
        return;
      }
      const updated = await addFollowUp(signal.id, {
        kind: values.kind,
        assigneeUserId: values.assigneeUserId,
        note: values.note.trim(),
        dueDate: values.dueDate || null,
      });
      const name = assignees.find((assignee) => assignee.id === values.assigneeUserId)?.name ?? '';
      setValues(EMPTY);
      onChanged(updated, t('signals.followUp.added', { name }));
    });
  };

  const labels = {
    kind: t('signals.followUp.kind'),
    assigneeUserId: t('signals.followUp.assignee'),
    note: t('signals.followUp.note'),
    dueDate: t('signals.followUp.dueDate'),
  };

  return (
    <>
      <FormErrorSummary formId={FORM_ID} error={form.error} fieldErrors={form.fieldErrors} fields={labels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Fieldset className="dwb-subfieldset">
          <FieldsetLegend>{t('signals.followUp.legend')}</FieldsetLegend>
          <div className="dwb-form__fields">
            <RadioGroupField
              id={id('kind')}
              name="kind"
              legend={labels.kind}
              value={values.kind}
              options={FOLLOW_UP_KINDS.map((kind) => ({ value: kind, label: followUpKindLabel(t, kind) }))}
              onChange={(value) => set('kind', isOneOf(FOLLOW_UP_KINDS, value) ? value : '')}
              error={form.fieldErrors.kind}
            />
            <SelectField
              id={id('assigneeUserId')}
              name="assigneeUserId"
              label={labels.assigneeUserId}
              description={t('signals.followUp.assigneeHint')}
              value={values.assigneeUserId}
              emptyOption={t('common.chooseOption')}
              options={assignees.map((assignee) => ({
                value: assignee.id,
                label: `${assignee.name} (${roleLabel(t, assignee.role)}, ${assignee.organisation})`,
              }))}
              onChange={(value) => set('assigneeUserId', value)}
              error={form.fieldErrors.assigneeUserId}
              required
            />
            <TextareaField
              id={id('note')}
              name="note"
              label={labels.note}
              value={values.note}
              onChange={(value) => set('note', value)}
              error={form.fieldErrors.note}
              maxLength={2000}
              required
            />
            <TextField
              id={id('dueDate')}
              name="dueDate"
              type="date"
              label={labels.dueDate}
              value={values.dueDate}
              onChange={(value) => set('dueDate', value)}
              error={form.fieldErrors.dueDate}
            />
          </div>
        </Fieldset>
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('signals.followUp.submit')}
        </PrimaryActionButton>
      </form>
    </>
  );
}
