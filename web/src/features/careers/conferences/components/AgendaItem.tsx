import {
  Heading3,
  Heading4,
  Paragraph,
  PrimaryActionButton,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../../app/paths';
import { ConfirmAction } from '../../../../components/ConfirmAction';
import { CalendarDate } from '../../../../components/DateTime';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { fieldId } from '../../../../components/fieldErrors';
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { RouterLink } from '../../../../components/RouterLink';
import { SelectField } from '../../../../components/SelectField';
import { TableScroll } from '../../../../components/TableScroll';
import { TextareaField } from '../../../../components/TextareaField';
import { TextField } from '../../../../components/TextField';
import { useFormSubmission } from '../../../../components/useFormSubmission';
import { addAction, addDecision, removeItem, updateItem, type ConferenceDetail, type ItemView } from '../api';
import { validateAction, type ActionValues } from '../forms';

interface AgendaItemProps {
  conference: ConferenceDetail;
  item: ItemView;
  onChanged: (detail: ConferenceDetail, message: string) => void;
}

function DiscussionForm({ conference, item, onChanged }: AgendaItemProps) {
  const { t } = useTranslation();
  const formId = `item-${item.id}-discussion`;
  const [discussion, setDiscussion] = useState(item.discussion);
  const form = useFormSubmission();
  const labels = { discussion: t('conferences.item.discussion') };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit({}, async () => onChanged(await updateItem(conference.id, item.id, { discussion }), t('conferences.detail.saved')));
  };
  return (
    <>
      <FormErrorSummary formId={formId} error={form.error} fieldErrors={form.fieldErrors} fields={labels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextareaField
          id={fieldId(formId, 'discussion')}
          name="discussion"
          label={labels.discussion}
          value={discussion}
          onChange={setDiscussion}
          error={form.fieldErrors.discussion}
          rows={4}
          maxLength={10000}
        />
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('conferences.item.saveDiscussion')}
        </PrimaryActionButton>
      </form>
    </>
  );
}

function DecisionForm({ conference, item, onChanged }: AgendaItemProps) {
  const { t } = useTranslation();
  const formId = `item-${item.id}-decision`;
  const [text, setText] = useState('');
  const form = useFormSubmission();
  const labels = { text: t('conferences.item.decisionField') };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const ok = await form.submit({ text: text.trim() === '' ? t('conferences.errors.decision') : undefined }, async () =>
      onChanged(await addDecision(conference.id, item.id, text.trim()), t('conferences.detail.saved')),
    );
    if (ok) setText('');
  };
  return (
    <>
      <FormErrorSummary formId={formId} error={form.error} fieldErrors={form.fieldErrors} fields={labels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextareaField
          id={fieldId(formId, 'text')}
          name="text"
          label={labels.text}
          value={text}
          onChange={setText}
          error={form.fieldErrors.text}
          required
          rows={2}
          maxLength={2000}
        />
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('conferences.item.addDecision')}
        </PrimaryActionButton>
      </form>
    </>
  );
}

function ActionForm({ conference, item, onChanged }: AgendaItemProps) {
  const { t } = useTranslation();
  const formId = `item-${item.id}-action`;
  const empty: ActionValues = { description: '', responsibleUserId: '', dueDate: '' };
  const [values, setValues] = useState<ActionValues>(empty);
  const form = useFormSubmission();
  const set = (name: keyof ActionValues, value: string) => setValues((current) => ({ ...current, [name]: value }));
  const labels = {
    description: t('conferences.item.actionDescription'),
    responsibleUserId: t('conferences.item.responsible'),
    dueDate: t('conferences.item.dueDate'),
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const ok = await form.submit(validateAction(t, values, conference.heldOn), async () =>
      onChanged(
        await addAction(conference.id, item.id, {
          description: values.description.trim(),
          responsibleUserId: values.responsibleUserId,
          dueDate: values.dueDate.trim(),
        }),
        t('conferences.detail.saved'),
      ),
    );
    if (ok) setValues(empty);
  };
  return (
    <>
      <FormErrorSummary formId={formId} error={form.error} fieldErrors={form.fieldErrors} fields={labels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <div className="dwb-form__fields">
          <TextField
            id={fieldId(formId, 'description')}
            name="description"
            label={labels.description}
            value={values.description}
            onChange={(v) => set('description', v)}
            error={form.fieldErrors.description}
            required
            maxLength={1000}
          />
          <SelectField
            id={fieldId(formId, 'responsibleUserId')}
            name="responsibleUserId"
            label={labels.responsibleUserId}
            value={values.responsibleUserId}
            emptyOption={t('conferences.item.chooseResponsible')}
            options={item.team.map((m) => ({ value: m.userId, label: `${m.name} (${m.organisation})` }))}
            onChange={(v) => set('responsibleUserId', v)}
            error={form.fieldErrors.responsibleUserId}
            required
          />
          <TextField
            id={fieldId(formId, 'dueDate')}
            name="dueDate"
            type="date"
            label={labels.dueDate}
            description={t('conferences.item.dueDateHint')}
            value={values.dueDate}
            onChange={(v) => set('dueDate', v)}
            error={form.fieldErrors.dueDate}
            required
          />
        </div>
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('conferences.item.addAction')}
        </PrimaryActionButton>
      </form>
    </>
  );
}

/** One agenda item: the trajectory, the question, the discussion, decisions and actions, with forms for the team. */
export function AgendaItem({ conference, item, onChanged }: AgendaItemProps) {
  const { t } = useTranslation();
  const headingId = `item-${item.id}-heading`;
  const [removeError, setRemoveError] = useState<unknown>(null);
  const recording = item.canWrite && conference.permissions.recordingOpen;
  const removable = conference.permissions.canManage && conference.status === 'planned' && item.decisions.length === 0 && item.actions.length === 0;
  return (
    <section aria-labelledby={headingId} className="dwb-section">
      <Heading3 id={headingId}>
        <RouterLink to={paths.trajectory(item.trajectory.id)}>
          {t('conferences.agenda.item', { number: item.trajectory.number, name: item.trajectory.name })}
        </RouterLink>
      </Heading3>
      <Paragraph small>
        {t('conferences.agenda.phase', { phase: t(`conferences.phases.${item.trajectory.phase}`, { defaultValue: item.trajectory.phase }) })}
      </Paragraph>
      <Paragraph>
        <strong>{t('conferences.agenda.question')}:</strong> {item.question || t('conferences.agenda.noQuestion')}
      </Paragraph>

      <Heading4>{t('conferences.item.discussion')}</Heading4>
      {recording ? (
        <DiscussionForm conference={conference} item={item} onChanged={onChanged} />
      ) : (
        <Paragraph className="dwb-preserve-lines">{item.discussion || t('conferences.item.noDiscussion')}</Paragraph>
      )}

      <Heading4>{t('conferences.item.decisions')}</Heading4>
      {item.decisions.length === 0 ? (
        <Paragraph>{t('conferences.item.noDecisions')}</Paragraph>
      ) : (
        <UnorderedList>
          {item.decisions.map((d) => (
            <UnorderedListItem key={d.id}>
              {d.text} <small>({t('conferences.item.decisionBy', { name: d.createdBy.name })})</small>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {recording && <DecisionForm conference={conference} item={item} onChanged={onChanged} />}

      <Heading4>{t('conferences.item.actions')}</Heading4>
      {item.actions.length === 0 ? (
        <Paragraph>{t('conferences.item.noActions')}</Paragraph>
      ) : (
        <TableScroll label={t('conferences.item.actionsCaption', { number: item.trajectory.number })}>
          <Table className="dwb-table">
            <TableCaption className="dwb-table-caption">{t('conferences.item.actionsCaption', { number: item.trajectory.number })}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('conferences.item.actionDescription')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('conferences.item.responsible')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('conferences.item.dueDate')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('conferences.item.actionStatus')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {item.actions.map((a) => (
                <TableRow key={a.id}>
                  <TableHeaderCell scope="row" className="dwb-row-header">
                    {a.description}
                  </TableHeaderCell>
                  <TableCell>{a.responsible.name}</TableCell>
                  <TableCell>
                    <CalendarDate value={a.dueDate} />
                  </TableCell>
                  <TableCell>{t(`conferences.actionStatus.${a.status}`, { defaultValue: a.status })}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
      {recording && <ActionForm conference={conference} item={item} onChanged={onChanged} />}
      {!item.canWrite && <Paragraph small>{t('conferences.item.readOnly')}</Paragraph>}
      {removable && (
        <ConfirmAction
          label={t('conferences.agenda.remove')}
          question={t('conferences.agenda.removeQuestion')}
          danger
          onConfirm={async () => {
            try {
              setRemoveError(null);
              onChanged(await removeItem(conference.id, item.id), t('conferences.detail.saved'));
            } catch (error) {
              setRemoveError(error);
            }
          }}
        />
      )}
      {removeError !== null && <ErrorAlert error={removeError} />}
    </section>
  );
}
