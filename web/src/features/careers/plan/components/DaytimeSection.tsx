import {
  Fieldset,
  FieldsetLegend,
  Heading3,
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
import { useApiResource } from '../../../../api/useApiResource';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { fieldId } from '../../../../components/fieldErrors';
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { Loading } from '../../../../components/Loading';
import { SelectField } from '../../../../components/SelectField';
import { StatusMessage } from '../../../../components/StatusMessage';
import { TableScroll } from '../../../../components/TableScroll';
import { TextareaField } from '../../../../components/TextareaField';
import { TextField } from '../../../../components/TextField';
import { useFormSubmission } from '../../../../components/useFormSubmission';
import { formatDate } from '../../../../i18n/format';
import { useLanguage } from '../../../../i18n/useLanguage';
import { CheckboxField } from '../../../registry/components/CheckboxField';
import { createDaytime, DAYTIME_KINDS, endDaytime, getDaytime, type DaytimeView } from '../api';
import { emptyDaytime, toDaytimeInput, validateDaytime, validateEnd, type DaytimeValues } from '../forms';
import { Section } from './Bits';

type Notify = (message: string) => void;

function EndForm({ trajectoryId, activity, onChanged }: { trajectoryId: string; activity: DaytimeView; onChanged: Notify }) {
  const { t } = useTranslation();
  const [endedOn, setEndedOn] = useState('');
  const form = useFormSubmission();
  const formId = `career-daytime-end-${activity.id}`;
  const labels = { endedOn: t('careerPlan.daytime.endedOn') };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const ok = await form.submit(
      validateEnd((key) => t(key as never), activity.startedOn, endedOn),
      async () => {
        await endDaytime(trajectoryId, activity.id, endedOn.trim());
      },
    );
    if (ok) onChanged(t('careerPlan.daytime.ended'));
  };
  return (
    <details>
      <summary>{t('careerPlan.daytime.end')}</summary>
      <FormErrorSummary formId={formId} error={form.error} fieldErrors={form.fieldErrors} fields={labels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Fieldset className="dwb-subfieldset">
          <FieldsetLegend>{t('careerPlan.daytime.endLegend', { place: activity.place })}</FieldsetLegend>
          <TextField
            id={fieldId(formId, 'endedOn')}
            name="endedOn"
            type="date"
            label={labels.endedOn}
            value={endedOn}
            onChange={setEndedOn}
            error={form.fieldErrors.endedOn}
            required
          />
        </Fieldset>
        <PrimaryActionButton type="submit" aria-busy={form.busy || undefined}>
          {t('careerPlan.daytime.endSubmit')}
        </PrimaryActionButton>
      </form>
    </details>
  );
}

function DaytimeTable({
  caption,
  items,
  trajectoryId,
  canEnd,
  onChanged,
}: {
  caption: string;
  items: readonly DaytimeView[];
  trajectoryId: string;
  canEnd: boolean;
  onChanged: Notify;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const period = (a: DaytimeView) =>
    a.endedOn
      ? t('careerPlan.daytime.range', { from: formatDate(a.startedOn, language), to: formatDate(a.endedOn, language) })
      : t('careerPlan.daytime.since', { date: formatDate(a.startedOn, language) });
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('careerPlan.daytime.place')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('careerPlan.daytime.kind')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('careerPlan.daytime.period')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('careerPlan.daytime.withStatus')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('careerPlan.daytime.note')}</TableHeaderCell>
            {canEnd && <TableHeaderCell scope="col">{t('careerPlan.daytime.end')}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((a) => (
            <TableRow key={a.id}>
              <TableHeaderCell scope="row" className="dwb-row-header">
                {a.place}
              </TableHeaderCell>
              <TableCell>{t(`careerPlan.kind.${a.kind}`)}</TableCell>
              <TableCell>{period(a)}</TableCell>
              <TableCell>{a.withStatus ? t('careerPlan.daytime.yes') : '–'}</TableCell>
              <TableCell>{a.note}</TableCell>
              {canEnd && <TableCell>{a.endedOn === null && <EndForm trajectoryId={trajectoryId} activity={a} onChanged={onChanged} />}</TableCell>}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

function DaytimeForm({ trajectoryId, onChanged }: { trajectoryId: string; onChanged: Notify }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<DaytimeValues>(emptyDaytime);
  const form = useFormSubmission();
  const formId = 'career-daytime-new';
  const labels = {
    kind: t('careerPlan.daytime.kind'),
    place: t('careerPlan.daytime.place'),
    withStatus: t('careerPlan.daytime.withStatus'),
    startedOn: t('careerPlan.daytime.startedOn'),
    endedOn: t('careerPlan.daytime.endedOnOptional'),
    note: t('careerPlan.daytime.note'),
  };
  const set = <K extends keyof DaytimeValues>(name: K, value: DaytimeValues[K]) => setValues((current) => ({ ...current, [name]: value }));
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const ok = await form.submit(
      validateDaytime((key) => t(key as never), values),
      async () => {
        await createDaytime(trajectoryId, toDaytimeInput(values));
      },
    );
    if (ok) {
      setValues(emptyDaytime);
      onChanged(t('careerPlan.daytime.done'));
    }
  };
  return (
    <section aria-labelledby={`${formId}-heading`}>
      <Heading3 id={`${formId}-heading`}>{t('careerPlan.daytime.formHeading')}</Heading3>
      <FormErrorSummary formId={formId} error={form.error} fieldErrors={form.fieldErrors} fields={labels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Fieldset className="dwb-subfieldset">
          <FieldsetLegend>{t('careerPlan.daytime.legend')}</FieldsetLegend>
          <div className="dwb-form__fields">
            <SelectField
              id={fieldId(formId, 'kind')}
              name="kind"
              label={labels.kind}
              value={values.kind}
              emptyOption={t('common.chooseOption')}
              options={DAYTIME_KINDS.map((kind) => ({ value: kind, label: t(`careerPlan.kind.${kind}`) }))}
              onChange={(value) => set('kind', value)}
              error={form.fieldErrors.kind}
              required
            />
            <TextField
              id={fieldId(formId, 'place')}
              name="place"
              label={labels.place}
              value={values.place}
              onChange={(value) => set('place', value)}
              error={form.fieldErrors.place}
              required
              maxLength={300}
            />
            {(values.kind === 'job' || values.kind === 'internship') && (
              <CheckboxField
                id={fieldId(formId, 'withStatus')}
                name="withStatus"
                label={`${labels.withStatus}: ${t('careerPlan.daytime.withStatusHint')}`}
                checked={values.withStatus}
                onChange={(checked) => set('withStatus', checked)}
              />
            )}
            <TextField
              id={fieldId(formId, 'startedOn')}
              name="startedOn"
              type="date"
              label={labels.startedOn}
              value={values.startedOn}
              onChange={(value) => set('startedOn', value)}
              error={form.fieldErrors.startedOn}
              required
            />
            <TextField
              id={fieldId(formId, 'endedOn')}
              name="endedOn"
              type="date"
              label={labels.endedOn}
              value={values.endedOn}
              onChange={(value) => set('endedOn', value)}
              error={form.fieldErrors.endedOn}
            />
            <TextareaField
              id={fieldId(formId, 'note')}
              name="note"
              label={labels.note}
              value={values.note}
              onChange={(value) => set('note', value)}
              error={form.fieldErrors.note}
              rows={2}
              maxLength={2000}
            />
          </div>
        </Fieldset>
        <PrimaryActionButton type="submit" aria-busy={form.busy || undefined}>
          {t('careerPlan.daytime.submit')}
        </PrimaryActionButton>
      </form>
    </section>
  );
}

/** "Dagbesteding": current and earlier activities (visible to the whole team), ending one, and the form. */
export function DaytimeSection({ trajectoryId, canWrite }: { trajectoryId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const list = useApiResource((signal) => getDaytime(trajectoryId, signal), [trajectoryId]);
  const [message, setMessage] = useState<string | null>(null);
  const changed: Notify = (text) => {
    setMessage(text);
    list.reload();
  };
  const items = list.data?.items ?? [];
  const current = items.filter((a) => a.current);
  const past = items.filter((a) => !a.current);
  return (
    <Section id="career-daytime-heading" heading={t('careerPlan.daytime.heading')}>
      <Paragraph>{t('careerPlan.daytime.intro')}</Paragraph>
      {message && <StatusMessage>{message}</StatusMessage>}
      {list.error !== null && <ErrorAlert error={list.error} />}
      {!list.data ? (
        list.loading && <Loading />
      ) : (
        <>
          {current.length === 0 ? (
            <Paragraph>{t('careerPlan.daytime.noneCurrent')}</Paragraph>
          ) : (
            <DaytimeTable caption={t('careerPlan.daytime.current')} items={current} trajectoryId={trajectoryId} canEnd={canWrite} onChanged={changed} />
          )}
          {past.length === 0 ? (
            <Paragraph>{t('careerPlan.daytime.nonePast')}</Paragraph>
          ) : (
            <DaytimeTable caption={t('careerPlan.daytime.past')} items={past} trajectoryId={trajectoryId} canEnd={false} onChanged={changed} />
          )}
          {canWrite && <DaytimeForm trajectoryId={trajectoryId} onChanged={changed} />}
        </>
      )}
    </Section>
  );
}
