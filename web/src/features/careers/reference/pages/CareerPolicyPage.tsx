import {
  Button,
  ButtonGroup,
  Heading2,
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
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiResource } from '../../../../api/useApiResource';
import { ConfirmAction } from '../../../../components/ConfirmAction';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { fieldId } from '../../../../components/fieldErrors';
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { Loading } from '../../../../components/Loading';
import { PageTitle } from '../../../../components/PageTitle';
import { StatusMessage } from '../../../../components/StatusMessage';
import { TableScroll } from '../../../../components/TableScroll';
import { TextareaField } from '../../../../components/TextareaField';
import { TextField } from '../../../../components/TextField';
import { useFormSubmission } from '../../../../components/useFormSubmission';
import { formatDateTime } from '../../../../i18n/format';
import { useLanguage } from '../../../../i18n/useLanguage';
import { CheckboxField } from '../../../registry/components/CheckboxField';
import { CheckboxGroupField } from '../../../signals/components/CheckboxGroupField';
import {
  fetchReferenceAdmin,
  saveCriterion,
  saveDomain,
  runRetention,
  saveLegalBasis,
  saveSettings,
  type CriterionView,
  type DomainView,
  type LegalBasisView,
  type ReferenceAdmin,
} from '../api';
import { collapseIndexedErrors, formatMonths, parseMonths, parseWhole, required, toggle, validateNewCode, validateSettings, validateSortOrder } from '../forms';

type Saved = (admin: ReferenceAdmin, what: string) => void;
type Editing = { kind: 'criterion' | 'domain' | 'legalBasis'; code: string | null } | null;

function useKindLabel() {
  const { t } = useTranslation();
  return (kind: string) => t(`careerPolicy.kinds.${kind}`, { defaultValue: kind });
}

function EditForm({
  formId,
  heading,
  labels,
  error,
  fieldErrors,
  busy,
  onSubmit,
  onCancel,
  children,
}: {
  formId: string;
  heading: string;
  labels: Record<string, string>;
  error: unknown;
  fieldErrors: Partial<Record<string, string>>;
  busy: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`${formId}-heading`} className="dwb-section">
      <Heading3 id={`${formId}-heading`} tabIndex={-1}>
        {heading}
      </Heading3>
      <FormErrorSummary formId={formId} error={error} fieldErrors={fieldErrors} fields={labels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={onSubmit}>
        <div className="dwb-form__fields">{children}</div>
        <ButtonGroup>
          <PrimaryActionButton type="submit" busy={busy}>
            {t('careerPolicy.save')}
          </PrimaryActionButton>
          <Button appearance="secondary-action-button" onClick={onCancel}>
            {t('careerPolicy.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

function CodeField({ formId, value, onChange, error }: { formId: string; value: string; onChange: (v: string) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <TextField
      id={fieldId(formId, 'code')}
      name="code"
      label={t('careerPolicy.code')}
      description={t('careerPolicy.codeHint')}
      value={value}
      onChange={onChange}
      error={error}
      required
      maxLength={40}
      spellCheck={false}
      autoCapitalize="none"
    />
  );
}

function SettingsForm({ admin, onSaved }: { admin: ReferenceAdmin; onSaved: Saved }) {
  const { t } = useTranslation();
  const formId = 'career-settings';
  const [values, setValues] = useState({
    reviewIntervalMonths: String(admin.settings.reviewIntervalMonths),
    followUpMonths: formatMonths(admin.settings.followUpMonths),
    retentionYears: String(admin.settings.retentionYears),
    notAcceptedRetentionMonths: String(admin.settings.notAcceptedRetentionMonths),
  });
  const form = useFormSubmission();
  const errors = collapseIndexedErrors(form.fieldErrors);
  const labels = {
    reviewIntervalMonths: t('careerPolicy.settings.reviewIntervalMonths'),
    followUpMonths: t('careerPolicy.settings.followUpMonths'),
    retentionYears: t('careerPolicy.settings.retentionYears'),
    notAcceptedRetentionMonths: t('careerPolicy.settings.notAcceptedRetentionMonths'),
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit(validateSettings(t, values), async () => {
      onSaved(
        await saveSettings({
          reviewIntervalMonths: parseWhole(values.reviewIntervalMonths) ?? 0,
          followUpMonths: parseMonths(values.followUpMonths) ?? [],
          retentionYears: parseWhole(values.retentionYears) ?? 0,
          notAcceptedRetentionMonths: parseWhole(values.notAcceptedRetentionMonths) ?? 0,
        }),
        t('careerPolicy.settings.what'),
      );
    });
  };
  return (
    <section aria-labelledby="career-settings-heading" className="dwb-section">
      <Heading2 id="career-settings-heading">{t('careerPolicy.settings.heading')}</Heading2>
      <Paragraph>{t('careerPolicy.settings.intro')}</Paragraph>
      <Paragraph>
        {t('careerPolicy.settings.current', { interval: admin.settings.reviewIntervalMonths, months: formatMonths(admin.settings.followUpMonths) })}
      </Paragraph>
      <FormErrorSummary formId={formId} error={form.error} fieldErrors={errors} fields={labels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <div className="dwb-form__fields">
          <TextField
            id={fieldId(formId, 'reviewIntervalMonths')}
            name="reviewIntervalMonths"
            label={labels.reviewIntervalMonths}
            description={t('careerPolicy.settings.reviewIntervalHint')}
            value={values.reviewIntervalMonths}
            onChange={(v) => setValues((c) => ({ ...c, reviewIntervalMonths: v }))}
            error={errors.reviewIntervalMonths}
            inputMode="numeric"
            required
            maxLength={2}
          />
          <TextField
            id={fieldId(formId, 'followUpMonths')}
            name="followUpMonths"
            label={labels.followUpMonths}
            description={t('careerPolicy.settings.followUpHint')}
            value={values.followUpMonths}
            onChange={(v) => setValues((c) => ({ ...c, followUpMonths: v }))}
            error={errors.followUpMonths}
            required
            maxLength={60}
          />
          <TextField
            id={fieldId(formId, 'retentionYears')}
            name="retentionYears"
            label={labels.retentionYears}
            description={t('careerPolicy.settings.retentionYearsHint')}
            value={values.retentionYears}
            onChange={(v) => setValues((c) => ({ ...c, retentionYears: v }))}
            error={errors.retentionYears}
            inputMode="numeric"
            required
            maxLength={2}
          />
          <TextField
            id={fieldId(formId, 'notAcceptedRetentionMonths')}
            name="notAcceptedRetentionMonths"
            label={labels.notAcceptedRetentionMonths}
            description={t('careerPolicy.settings.notAcceptedRetentionMonthsHint')}
            value={values.notAcceptedRetentionMonths}
            onChange={(v) => setValues((c) => ({ ...c, notAcceptedRetentionMonths: v }))}
            error={errors.notAcceptedRetentionMonths}
            inputMode="numeric"
            required
            maxLength={2}
          />
        </div>
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('careerPolicy.save')}
        </PrimaryActionButton>
      </form>
    </section>
  );
}

/** Applies the retention term now; the server does it daily as well. */
function RetentionSection() {
  const { t } = useTranslation();
  const form = useFormSubmission();
  const [done, setDone] = useState<number | null>(null);
  const run = async () => {
    setDone(null);
    await form.submit({}, async () => {
      setDone((await runRetention()).destroyed);
    });
  };
  return (
    <section aria-labelledby="career-retention-heading" className="dwb-section">
      <Heading2 id="career-retention-heading">{t('careerPolicy.settings.retentionHeading')}</Heading2>
      <Paragraph>{t('careerPolicy.settings.retentionIntro')}</Paragraph>
      {form.error !== null && <ErrorAlert error={form.error} />}
      <div className="dwb-feedback">{done !== null && <StatusMessage>{t('careerPolicy.settings.retentionDone', { count: done })}</StatusMessage>}</div>
      <ConfirmAction label={t('careerPolicy.settings.retentionRun')} question={t('careerPolicy.settings.retentionQuestion')} onConfirm={run} danger />
    </section>
  );
}

function CriterionForm({ existing, codes, onSaved, onCancel }: { existing?: CriterionView; codes: string[]; onSaved: Saved; onCancel: () => void }) {
  const { t } = useTranslation();
  const formId = 'career-criterion';
  const [values, setValues] = useState({
    code: existing?.code ?? '',
    textNl: existing?.textNl ?? '',
    textEn: existing?.textEn ?? '',
    active: existing?.active ?? true,
    sortOrder: String(existing?.sortOrder ?? 0),
  });
  const form = useFormSubmission();
  const labels = {
    code: t('careerPolicy.code'),
    textNl: t('careerPolicy.criteria.textNl'),
    textEn: t('careerPolicy.criteria.textEn'),
    sortOrder: t('careerPolicy.sortOrder'),
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = values.code.trim();
    await form.submit(
      {
        code: existing ? undefined : validateNewCode(t, code, codes),
        textNl: required(t, values.textNl),
        textEn: required(t, values.textEn),
        sortOrder: validateSortOrder(t, values.sortOrder),
      },
      async () =>
        onSaved(
          await saveCriterion(code, {
            textNl: values.textNl.trim(),
            textEn: values.textEn.trim(),
            active: values.active,
            sortOrder: parseWhole(values.sortOrder) ?? 0,
          }),
          t('careerPolicy.criteria.what'),
        ),
    );
  };
  return (
    <EditForm
      formId={formId}
      heading={existing ? t('careerPolicy.criteria.editHeading', { code: existing.code }) : t('careerPolicy.criteria.newHeading')}
      labels={labels}
      error={form.error}
      fieldErrors={form.fieldErrors}
      busy={form.busy}
      onSubmit={(event) => void onSubmit(event)}
      onCancel={onCancel}
    >
      {!existing && <CodeField formId={formId} value={values.code} onChange={(v) => setValues((c) => ({ ...c, code: v }))} error={form.fieldErrors.code} />}
      <TextareaField
        id={fieldId(formId, 'textNl')}
        name="textNl"
        label={labels.textNl}
        value={values.textNl}
        onChange={(v) => setValues((c) => ({ ...c, textNl: v }))}
        error={form.fieldErrors.textNl}
        required
        rows={2}
        maxLength={1000}
      />
      <TextareaField
        id={fieldId(formId, 'textEn')}
        name="textEn"
        label={labels.textEn}
        value={values.textEn}
        onChange={(v) => setValues((c) => ({ ...c, textEn: v }))}
        error={form.fieldErrors.textEn}
        required
        rows={2}
        maxLength={1000}
      />
      <CheckboxField
        id={fieldId(formId, 'active')}
        name="active"
        label={t('careerPolicy.activeLabel')}
        checked={values.active}
        onChange={(v) => setValues((c) => ({ ...c, active: v }))}
      />
      <TextField
        id={fieldId(formId, 'sortOrder')}
        name="sortOrder"
        label={labels.sortOrder}
        value={values.sortOrder}
        onChange={(v) => setValues((c) => ({ ...c, sortOrder: v }))}
        error={form.fieldErrors.sortOrder}
        inputMode="numeric"
        maxLength={5}
      />
    </EditForm>
  );
}

function DomainForm({
  existing,
  codes,
  kinds,
  onSaved,
  onCancel,
}: {
  existing?: DomainView;
  codes: string[];
  kinds: string[];
  onSaved: Saved;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const kindLabel = useKindLabel();
  const formId = 'career-domain';
  const [values, setValues] = useState({
    code: existing?.code ?? '',
    nameNl: existing?.nameNl ?? '',
    nameEn: existing?.nameEn ?? '',
    restrictedTo: existing?.restrictedTo ?? [],
    sortOrder: String(existing?.sortOrder ?? 0),
  });
  const form = useFormSubmission();
  const errors = collapseIndexedErrors(form.fieldErrors);
  const labels = {
    code: t('careerPolicy.code'),
    nameNl: t('careerPolicy.domains.nameNl'),
    nameEn: t('careerPolicy.domains.nameEn'),
    restrictedTo: t('careerPolicy.domains.restrictedTo'),
    sortOrder: t('careerPolicy.sortOrder'),
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = values.code.trim();
    await form.submit(
      {
        code: existing ? undefined : validateNewCode(t, code, codes),
        nameNl: required(t, values.nameNl),
        nameEn: required(t, values.nameEn),
        sortOrder: validateSortOrder(t, values.sortOrder),
      },
      async () =>
        onSaved(
          await saveDomain(code, {
            nameNl: values.nameNl.trim(),
            nameEn: values.nameEn.trim(),
            restrictedTo: values.restrictedTo,
            sortOrder: parseWhole(values.sortOrder) ?? 0,
          }),
          t('careerPolicy.domains.what'),
        ),
    );
  };
  return (
    <EditForm
      formId={formId}
      heading={existing ? t('careerPolicy.domains.editHeading', { code: existing.code }) : t('careerPolicy.domains.newHeading')}
      labels={labels}
      error={form.error}
      fieldErrors={errors}
      busy={form.busy}
      onSubmit={(event) => void onSubmit(event)}
      onCancel={onCancel}
    >
      {!existing && <CodeField formId={formId} value={values.code} onChange={(v) => setValues((c) => ({ ...c, code: v }))} error={errors.code} />}
      <TextField
        id={fieldId(formId, 'nameNl')}
        name="nameNl"
        label={labels.nameNl}
        value={values.nameNl}
        onChange={(v) => setValues((c) => ({ ...c, nameNl: v }))}
        error={errors.nameNl}
        required
        maxLength={200}
      />
      <TextField
        id={fieldId(formId, 'nameEn')}
        name="nameEn"
        label={labels.nameEn}
        value={values.nameEn}
        onChange={(v) => setValues((c) => ({ ...c, nameEn: v }))}
        error={errors.nameEn}
        required
        maxLength={200}
      />
      <CheckboxGroupField
        id={fieldId(formId, 'restrictedTo')}
        name="restrictedTo"
        legend={labels.restrictedTo}
        description={t('careerPolicy.domains.restrictedToHint')}
        values={values.restrictedTo}
        options={kinds.map((kind) => ({ value: kind, label: kindLabel(kind) }))}
        onChange={(value, checked) => setValues((c) => ({ ...c, restrictedTo: toggle(c.restrictedTo, value, checked) }))}
        error={errors.restrictedTo}
      />
      <TextField
        id={fieldId(formId, 'sortOrder')}
        name="sortOrder"
        label={labels.sortOrder}
        value={values.sortOrder}
        onChange={(v) => setValues((c) => ({ ...c, sortOrder: v }))}
        error={errors.sortOrder}
        inputMode="numeric"
        maxLength={5}
      />
    </EditForm>
  );
}

function LegalBasisForm({ existing, codes, onSaved, onCancel }: { existing?: LegalBasisView; codes: string[]; onSaved: Saved; onCancel: () => void }) {
  const { t } = useTranslation();
  const formId = 'career-legal-basis';
  const [values, setValues] = useState({
    code: existing?.code ?? '',
    nameNl: existing?.nameNl ?? '',
    nameEn: existing?.nameEn ?? '',
    description: existing?.description ?? '',
    active: existing?.active ?? true,
    sortOrder: String(existing?.sortOrder ?? 0),
  });
  const form = useFormSubmission();
  const labels = {
    code: t('careerPolicy.code'),
    nameNl: t('careerPolicy.legalBases.nameNl'),
    nameEn: t('careerPolicy.legalBases.nameEn'),
    description: t('careerPolicy.legalBases.description'),
    sortOrder: t('careerPolicy.sortOrder'),
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = values.code.trim();
    await form.submit(
      {
        code: existing ? undefined : validateNewCode(t, code, codes),
        nameNl: required(t, values.nameNl),
        nameEn: required(t, values.nameEn),
        sortOrder: validateSortOrder(t, values.sortOrder),
      },
      async () =>
        onSaved(
          await saveLegalBasis(code, {
            nameNl: values.nameNl.trim(),
            nameEn: values.nameEn.trim(),
            description: values.description.trim(),
            active: values.active,
            sortOrder: parseWhole(values.sortOrder) ?? 0,
          }),
          t('careerPolicy.legalBases.what'),
        ),
    );
  };
  return (
    <EditForm
      formId={formId}
      heading={existing ? t('careerPolicy.legalBases.editHeading', { code: existing.code }) : t('careerPolicy.legalBases.newHeading')}
      labels={labels}
      error={form.error}
      fieldErrors={form.fieldErrors}
      busy={form.busy}
      onSubmit={(event) => void onSubmit(event)}
      onCancel={onCancel}
    >
      {!existing && <CodeField formId={formId} value={values.code} onChange={(v) => setValues((c) => ({ ...c, code: v }))} error={form.fieldErrors.code} />}
      <TextField
        id={fieldId(formId, 'nameNl')}
        name="nameNl"
        label={labels.nameNl}
        value={values.nameNl}
        onChange={(v) => setValues((c) => ({ ...c, nameNl: v }))}
        error={form.fieldErrors.nameNl}
        required
        maxLength={200}
      />
      <TextField
        id={fieldId(formId, 'nameEn')}
        name="nameEn"
        label={labels.nameEn}
        value={values.nameEn}
        onChange={(v) => setValues((c) => ({ ...c, nameEn: v }))}
        error={form.fieldErrors.nameEn}
        required
        maxLength={200}
      />
      <TextareaField
        id={fieldId(formId, 'description')}
        name="description"
        label={labels.description}
        value={values.description}
        onChange={(v) => setValues((c) => ({ ...c, description: v }))}
        error={form.fieldErrors.description}
        rows={3}
        maxLength={2000}
      />
      <CheckboxField
        id={fieldId(formId, 'active')}
        name="active"
        label={t('careerPolicy.activeLabel')}
        checked={values.active}
        onChange={(v) => setValues((c) => ({ ...c, active: v }))}
      />
      <TextField
        id={fieldId(formId, 'sortOrder')}
        name="sortOrder"
        label={labels.sortOrder}
        value={values.sortOrder}
        onChange={(v) => setValues((c) => ({ ...c, sortOrder: v }))}
        error={form.fieldErrors.sortOrder}
        inputMode="numeric"
        maxLength={5}
      />
    </EditForm>
  );
}

/** Beheer of the person-centred approach: intervals, intake criteria, life domains (who sees them), legal bases. */
export function CareerPolicyPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const kindLabel = useKindLabel();
  const admin = useApiResource((signal) => fetchReferenceAdmin(signal), []);
  const [editing, setEditing] = useState<Editing>(null);
  const [message, setMessage] = useState<string | null>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const data = admin.data;
  const yesNo = (value: boolean) => (value ? t('careerPolicy.yes') : t('careerPolicy.no'));
  const changed = (at: string, by: string | null) =>
    by ? t('careerPolicy.updatedBy', { date: formatDateTime(at, language), name: by }) : formatDateTime(at, language);

  const open = (next: Editing) => {
    setMessage(null);
    setEditing(next);
    const id = next?.kind === 'criterion' ? 'career-criterion' : next?.kind === 'domain' ? 'career-domain' : 'career-legal-basis';
    window.setTimeout(() => document.getElementById(`${id}-heading`)?.focus(), 0);
  };
  const onSaved: Saved = (saved, what) => {
    admin.setData(() => saved);
    setEditing(null);
    setMessage(t('careerPolicy.saved', { what }));
    window.setTimeout(() => feedbackRef.current?.focus(), 0);
  };
  const cancel = () => setEditing(null);

  return (
    <>
      <PageTitle>{t('careerPolicy.title')}</PageTitle>
      <Paragraph lead>{t('careerPolicy.intro')}</Paragraph>
      <div ref={feedbackRef} tabIndex={-1} className="dwb-feedback">
        {message && <StatusMessage>{message}</StatusMessage>}
      </div>
      {admin.loading && !data && <Loading />}
      {admin.error !== null && <ErrorAlert error={admin.error} />}
      {data && (
        <>
          <SettingsForm key={data.settings.updatedAt} admin={data} onSaved={onSaved} />
          <RetentionSection />

          <section aria-labelledby="career-criteria-heading" className="dwb-section">
            <Heading2 id="career-criteria-heading">{t('careerPolicy.criteria.heading')}</Heading2>
            <TableScroll label={t('careerPolicy.criteria.caption')}>
              <Table className="dwb-table">
                <TableCaption className="dwb-table-caption">{t('careerPolicy.criteria.caption')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('careerPolicy.criteria.textNl')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('careerPolicy.code')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('careerPolicy.active')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('careerPolicy.sortOrder')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('careerPolicy.updated')}</TableHeaderCell>
                    <TableHeaderCell scope="col">
                      <span className="dwb-visually-hidden">{t('careerPolicy.save')}</span>
                    </TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {data.criteria.map((c) => (
                    <TableRow key={c.code}>
                      <TableHeaderCell scope="row" className="dwb-row-header">
                        {language === 'en' ? c.textEn : c.textNl}
                      </TableHeaderCell>
                      <TableCell>{c.code}</TableCell>
                      <TableCell>{yesNo(c.active)}</TableCell>
                      <TableCell>{c.sortOrder}</TableCell>
                      <TableCell>{changed(c.updatedAt, c.updatedBy)}</TableCell>
                      <TableCell>
                        <Button appearance="secondary-action-button" onClick={() => open({ kind: 'criterion', code: c.code })}>
                          {t('careerPolicy.edit', { name: c.code })}
                        </Button>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableScroll>
            <Button appearance="secondary-action-button" onClick={() => open({ kind: 'criterion', code: null })}>
              {t('careerPolicy.criteria.new')}
            </Button>
            {editing?.kind === 'criterion' && (
              <CriterionForm
                key={editing.code ?? 'new'}
                existing={data.criteria.find((c) => c.code === editing.code)}
                codes={data.criteria.map((c) => c.code)}
                onSaved={onSaved}
                onCancel={cancel}
              />
            )}
          </section>

          <section aria-labelledby="career-domains-heading" className="dwb-section">
            <Heading2 id="career-domains-heading">{t('careerPolicy.domains.heading')}</Heading2>
            <Paragraph>{t('careerPolicy.domainsNote')}</Paragraph>
            <TableScroll label={t('careerPolicy.domains.caption')}>
              <Table className="dwb-table">
                <TableCaption className="dwb-table-caption">{t('careerPolicy.domains.caption')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('careerPolicy.domains.nameNl')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('careerPolicy.code')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('careerPolicy.domains.restrictedTo')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('careerPolicy.sortOrder')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('careerPolicy.updated')}</TableHeaderCell>
                    <TableHeaderCell scope="col">
                      <span className="dwb-visually-hidden">{t('careerPolicy.save')}</span>
                    </TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {data.domains.map((d) => (
                    <TableRow key={d.code}>
                      <TableHeaderCell scope="row" className="dwb-row-header">
                        {language === 'en' ? d.nameEn : d.nameNl}
                      </TableHeaderCell>
                      <TableCell>{d.code}</TableCell>
                      <TableCell>{d.restrictedTo.length === 0 ? t('careerPolicy.domains.wholeTeam') : d.restrictedTo.map(kindLabel).join(', ')}</TableCell>
                      <TableCell>{d.sortOrder}</TableCell>
                      <TableCell>{changed(d.updatedAt, d.updatedBy)}</TableCell>
                      <TableCell>
                        <Button appearance="secondary-action-button" onClick={() => open({ kind: 'domain', code: d.code })}>
                          {t('careerPolicy.edit', { name: language === 'en' ? d.nameEn : d.nameNl })}
                        </Button>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableScroll>
            <Button appearance="secondary-action-button" onClick={() => open({ kind: 'domain', code: null })}>
              {t('careerPolicy.domains.new')}
            </Button>
            {editing?.kind === 'domain' && (
              <DomainForm
                key={editing.code ?? 'new'}
                existing={data.domains.find((d) => d.code === editing.code)}
                codes={data.domains.map((d) => d.code)}
                kinds={data.organisationKinds}
                onSaved={onSaved}
                onCancel={cancel}
              />
            )}
          </section>

          <section aria-labelledby="career-legal-bases-heading" className="dwb-section">
            <Heading2 id="career-legal-bases-heading">{t('careerPolicy.legalBases.heading')}</Heading2>
            <TableScroll label={t('careerPolicy.legalBases.caption')}>
              <Table className="dwb-table">
                <TableCaption className="dwb-table-caption">{t('careerPolicy.legalBases.caption')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('careerPolicy.legalBases.nameNl')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('careerPolicy.code')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('careerPolicy.active')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('careerPolicy.sortOrder')}</TableHeaderCell>
                    <TableHeaderCell scope="col">
                      <span className="dwb-visually-hidden">{t('careerPolicy.save')}</span>
                    </TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {data.legalBases.map((b) => (
                    <TableRow key={b.code}>
                      <TableHeaderCell scope="row" className="dwb-row-header">
                        {language === 'en' ? b.nameEn : b.nameNl}
                      </TableHeaderCell>
                      <TableCell>{b.code}</TableCell>
                      <TableCell>{yesNo(b.active)}</TableCell>
                      <TableCell>{b.sortOrder}</TableCell>
                      <TableCell>
                        <Button appearance="secondary-action-button" onClick={() => open({ kind: 'legalBasis', code: b.code })}>
                          {t('careerPolicy.edit', { name: b.code })}
                        </Button>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableScroll>
            <Button appearance="secondary-action-button" onClick={() => open({ kind: 'legalBasis', code: null })}>
              {t('careerPolicy.legalBases.new')}
            </Button>
            {editing?.kind === 'legalBasis' && (
              <LegalBasisForm
                key={editing.code ?? 'new'}
                existing={data.legalBases.find((b) => b.code === editing.code)}
                codes={data.legalBases.map((b) => b.code)}
                onSaved={onSaved}
                onCancel={cancel}
              />
            )}
          </section>
        </>
      )}
    </>
  );
}
