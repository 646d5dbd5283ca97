import {
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
import { ConfirmAction } from '../../../components/ConfirmAction';
import { CalendarDate, DateTime } from '../../../components/DateTime';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { fieldId, type FieldErrors } from '../../../components/fieldErrors';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { StatusMessage } from '../../../components/StatusMessage';
import { TableScroll } from '../../../components/TableScroll';
import { TextField } from '../../../components/TextField';
import { useFormSubmission } from '../../../components/useFormSubmission';
import { formatDateTime } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import { runRetention, updateSettings, type DestructionView, type RetentionResult, type SettingsView } from '../api';
import { channelLabel } from '../labels';

const FORM_ID = 'signal-settings';

function wholeNumberIn(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) {
    return null;
  }
  const value = Number(trimmed);
  return value >= min && value <= max ? value : null;
}

/** Retention period and duplicate window. */
export function SettingsForm({ settings, onSaved }: { settings: SettingsView; onSaved: (settings: SettingsView) => void }) {
  const { t } = useTranslation();
  const [retentionMonths, setRetentionMonths] = useState(String(settings.retentionMonths));
  const [duplicateWindowDays, setDuplicateWindowDays] = useState(String(settings.duplicateWindowDays));
  const [saved, setSaved] = useState(false);
  const form = useFormSubmission();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const months = wholeNumberIn(retentionMonths, 1, 120);
    const days = wholeNumberIn(duplicateWindowDays, 1, 365);
    const clientErrors: FieldErrors = {
      retentionMonths: months === null ? t('signals.categories.settingsErrors.retentionMonths') : undefined,
      duplicateWindowDays: days === null ? t('signals.categories.settingsErrors.duplicateWindowDays') : undefined,
    };
    await form.submit(clientErrors, async () => {
      if (months === null || days === null) {
        return;
      }
      onSaved(await updateSettings({ retentionMonths: months, duplicateWindowDays: days }));
      setSaved(true);
    });
  };

  const labels = { retentionMonths: t('signals.categories.retentionMonths'), duplicateWindowDays: t('signals.categories.duplicateWindowDays') };
  return (
    <>
      <FormErrorSummary formId={FORM_ID} error={form.error} fieldErrors={form.fieldErrors} fields={labels} />
      <div role="status" className="dwb-status-region">
        {saved && <Paragraph>{t('signals.categories.settingsSaved')}</Paragraph>}
      </div>
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField
          id={fieldId(FORM_ID, 'retentionMonths')}
          name="retentionMonths"
          label={labels.retentionMonths}
          description={t('signals.categories.retentionMonthsHint')}
          value={retentionMonths}
          onChange={setRetentionMonths}
          error={form.fieldErrors.retentionMonths}
          inputMode="numeric"
          maxLength={3}
          required
        />
        <TextField
          id={fieldId(FORM_ID, 'duplicateWindowDays')}
          name="duplicateWindowDays"
          label={labels.duplicateWindowDays}
          description={t('signals.categories.duplicateWindowDaysHint')}
          value={duplicateWindowDays}
          onChange={setDuplicateWindowDays}
          error={form.fieldErrors.duplicateWindowDays}
          inputMode="numeric"
          maxLength={3}
          required
        />
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('signals.categories.settingsSave')}
        </PrimaryActionButton>
      </form>
    </>
  );
}

/** "Bewaartermijn nu toepassen", after a confirmation; says how many signals were destroyed. */
export function RetentionRun({ settings, onRan }: { settings: SettingsView; onRan: (result: RetentionResult) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [result, setResult] = useState<RetentionResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const last = settings.retention;

  const run = async () => {
    setError(null);
    setResult(null);
    try {
      const outcome = await runRetention();
      setResult(outcome);
      onRan(outcome);
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <>
      <Paragraph>{t('signals.categories.retentionText')}</Paragraph>
      <Paragraph>
        {last.lastRunAt
          ? t('signals.categories.lastRun', { at: formatDateTime(last.lastRunAt, language), count: last.lastDestroyed ?? 0 })
          : t('signals.categories.neverRun')}
      </Paragraph>
      <ConfirmAction label={t('signals.categories.runRetention')} question={t('signals.categories.runQuestion')} danger onConfirm={run} />
      {result && (
        <StatusMessage>{t('signals.categories.retentionDone', { count: result.destroyed, cutoff: formatDateTime(result.cutoff, language) })}</StatusMessage>
      )}
      {error !== null && <ErrorAlert error={error} />}
    </>
  );
}

/** What is left of destroyed signals: one line each. */
export function DestructionsTable({ items }: { items: readonly DestructionView[] }) {
  const { t } = useTranslation();
  const caption = t('signals.categories.destructionsCaption');
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('signals.categories.destructionColumns.number')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.categories.destructionColumns.category')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.categories.destructionColumns.channel')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.categories.destructionColumns.receivedOn')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.categories.destructionColumns.closedOn')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.categories.destructionColumns.destroyedAt')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.categories.destructionColumns.rule')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => (
            <TableRow key={`${item.signalNumber}-${item.destroyedAt}`}>
              <TableHeaderCell scope="row" className="dwb-row-header">
                {item.signalNumber}
              </TableHeaderCell>
              <TableCell>
                <span className="dwb-code">{item.categoryCode}</span>
              </TableCell>
              <TableCell>{channelLabel(t, item.channel)}</TableCell>
              <TableCell>
                <CalendarDate value={item.receivedOn} />
              </TableCell>
              <TableCell>
                <CalendarDate value={item.closedOn} />
              </TableCell>
              <TableCell>
                <DateTime value={item.destroyedAt} />
              </TableCell>
              <TableCell>{item.rule}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
