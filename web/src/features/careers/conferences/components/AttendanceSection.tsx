import {
  Button,
  ButtonGroup,
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
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { SelectField } from '../../../../components/SelectField';
import { TableScroll } from '../../../../components/TableScroll';
import { TextField } from '../../../../components/TextField';
import { useFormSubmission } from '../../../../components/useFormSubmission';
import { inviteTeams, setAttendance, type ConferenceDetail } from '../api';
import { attendanceRows, presenceOf, rowErrors, toAttendanceInput, type AttendanceRow, type Presence } from '../forms';

const FORM_ID = 'attendance';
const PRESENCES: Presence[] = ['present', 'absent', 'unknown'];

interface AttendanceSectionProps {
  conference: ConferenceDetail;
  onChanged: (detail: ConferenceDetail, message: string) => void;
}

function AttendanceTable({ conference }: { conference: ConferenceDetail }) {
  const { t } = useTranslation();
  return (
    <TableScroll label={t('conferences.attendance.caption')}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{t('conferences.attendance.caption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('conferences.attendance.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('conferences.attendance.organisation')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('conferences.attendance.presence')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {conference.attendees.map((a) => (
            <TableRow key={a.id}>
              <TableHeaderCell scope="row" className="dwb-row-header">
                {a.name}
              </TableHeaderCell>
              <TableCell>{a.organisation || (a.userId ? '' : t('conferences.attendance.external'))}</TableCell>
              <TableCell>{t(`conferences.presence.${presenceOf(a.present)}`)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

function AttendanceForm({ conference, onChanged }: AttendanceSectionProps) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<AttendanceRow[]>(() => attendanceRows(conference.attendees));
  const [counter, setCounter] = useState(0);
  const form = useFormSubmission();
  const invite = useFormSubmission();
  const errors = rowErrors(form.fieldErrors, rows);
  // Summary entries link to the row's field: the name of an external person, the presence of a user.
  const summaryErrors: Record<string, string> = {};
  const summaryLabels: Record<string, string> = {};
  for (const row of rows) {
    const message = errors[row.key];
    if (message) {
      const field = row.userId ? `${row.key}-presence` : `${row.key}-name`;
      summaryErrors[field] = message;
      summaryLabels[field] = row.name || t('conferences.attendance.external');
    }
  }
  const update = (key: string, change: Partial<AttendanceRow>) => setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const presenceOptions = PRESENCES.map((p) => ({ value: p, label: t(`conferences.presence.${p}`) }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit({}, async () => {
      const saved = await setAttendance(conference.id, toAttendanceInput(rows));
      setRows(attendanceRows(saved.attendees));
      onChanged(saved, t('conferences.detail.saved'));
    });
  };
  const onInvite = async () => {
    await invite.submit({}, async () => {
      const saved = await inviteTeams(conference.id);
      setRows(attendanceRows(saved.attendees));
      onChanged(saved, t('conferences.detail.saved'));
    });
  };
  let external = 0;

  return (
    <>
      <FormErrorSummary formId={FORM_ID} error={form.error ?? invite.error} fieldErrors={summaryErrors} fields={summaryLabels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        {rows.length === 0 && <Paragraph>{t('conferences.attendance.none')}</Paragraph>}
        {rows.map((row) => {
          const label = row.userId ? row.name : t('conferences.attendance.nameOfRow', { n: ++external });
          return (
            <fieldset key={row.key} className="dwb-subfieldset">
              <legend>{row.userId ? `${row.name}${row.organisation ? ` (${row.organisation})` : ''}` : t('conferences.attendance.external')}</legend>
              {!row.userId && (
                <>
                  <TextField
                    id={`${FORM_ID}-${row.key}-name`}
                    name="name"
                    label={label}
                    value={row.name}
                    onChange={(v) => update(row.key, { name: v })}
                    error={errors[row.key]}
                    maxLength={200}
                  />
                  <TextField
                    id={`${FORM_ID}-${row.key}-organisation`}
                    name="organisation"
                    label={t('conferences.attendance.organisationOfRow', { n: external })}
                    value={row.organisation}
                    onChange={(v) => update(row.key, { organisation: v })}
                    maxLength={200}
                  />
                </>
              )}
              <SelectField
                id={`${FORM_ID}-${row.key}-presence`}
                name="presence"
                label={t('conferences.attendance.presenceOf', { name: row.name || label })}
                value={row.presence}
                options={presenceOptions}
                onChange={(v) => update(row.key, { presence: PRESENCES.find((p) => p === v) ?? 'unknown' })}
                error={row.userId ? errors[row.key] : undefined}
              />
              <Button appearance="subtle-button" onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}>
                {t('conferences.attendance.removeRow', { name: row.name || label })}
              </Button>
            </fieldset>
          );
        })}
        <ButtonGroup>
          <Button
            appearance="secondary-action-button"
            onClick={() => {
              setCounter((n) => n + 1);
              setRows((current) => [...current, { key: `new-${counter}`, userId: null, name: '', organisation: '', presence: 'present' }]);
            }}
          >
            {t('conferences.attendance.addExternal')}
          </Button>
          <Button appearance="secondary-action-button" busy={invite.busy} onClick={() => void onInvite()}>
            {t('conferences.attendance.inviteTeams')}
          </Button>
          <PrimaryActionButton type="submit" busy={form.busy}>
            {t('conferences.attendance.save')}
          </PrimaryActionButton>
        </ButtonGroup>
      </form>
    </>
  );
}

/** Attendees and their presence: a table for everyone who sees the conference, a form for the chair. */
export function AttendanceSection({ conference, onChanged }: AttendanceSectionProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="attendance-heading" className="dwb-section">
      <Heading2 id="attendance-heading">{t('conferences.attendance.heading')}</Heading2>
      {conference.attendees.length === 0 && !conference.permissions.canManage && <Paragraph>{t('conferences.attendance.none')}</Paragraph>}
      {conference.attendees.length > 0 && <AttendanceTable conference={conference} />}
      {conference.permissions.canManage && <AttendanceForm key={conference.attendees.map((a) => a.id).join()} conference={conference} onChanged={onChanged} />}
    </section>
  );
}
