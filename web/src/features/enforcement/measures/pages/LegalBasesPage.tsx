import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
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
import { useApiResource } from '../../../../api/useApiResource';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { fieldId } from '../../../../components/fieldErrors';
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { Loading } from '../../../../components/Loading';
import { PageTitle } from '../../../../components/PageTitle';
import { SelectField } from '../../../../components/SelectField';
import { StatusMessage } from '../../../../components/StatusMessage';
import { TableScroll } from '../../../../components/TableScroll';
import { TextareaField } from '../../../../components/TextareaField';
import { TextField } from '../../../../components/TextField';
import { useFormSubmission } from '../../../../components/useFormSubmission';
import { useLanguage } from '../../../../i18n/useLanguage';
import { CheckboxField } from '../../../registry/components/CheckboxField';
import { CheckboxGroupField } from '../../../signals/components/CheckboxGroupField';
import { fetchLegalBases, updateLegalBasis, type LegalBasisView } from '../api';
import { authorityLabel, durationLabel, kindLabel, premisesLabel, yesNo } from '../labels';
import { legalBasisValues, toLegalBasisUpdate, validateLegalBasis, type LegalBasisValues } from '../policyForms';
import { AUTHORITIES, isOneOf, PREMISES_TYPES } from '../vocabulary';

const FORM_ID = 'legal-basis';

function LegalBasesTable({ items, onEdit }: { items: readonly LegalBasisView[]; onEdit: (basis: LegalBasisView) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const caption = t('measures.legalBases.caption');
  const none = t('common.none');
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('measures.legalBases.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('measures.legalBases.code')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('measures.legalBases.article')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('measures.legalBases.authority')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('measures.legalBases.kind')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('measures.legalBases.opinionDays')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('measures.legalBases.graceDays')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('measures.legalBases.maxDuration')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('measures.legalBases.active')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('measures.legalBases.actions')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((basis) => (
            <TableRow key={basis.code}>
              <TableHeaderCell scope="row" className="dwb-row-header">
                {basis.name[language]}
              </TableHeaderCell>
              <TableCell>{basis.code}</TableCell>
              <TableCell>{basis.article}</TableCell>
              <TableCell>{authorityLabel(t, basis.authority)}</TableCell>
              <TableCell>{kindLabel(t, basis.measureKind)}</TableCell>
              <TableCell>{basis.requiresOpinion ? t('measures.days', { count: basis.opinionDays }) : t('measures.legalBases.noOpinion')}</TableCell>
              <TableCell>{basis.graceDays === null ? none : t('measures.days', { count: basis.graceDays })}</TableCell>
              <TableCell>{basis.maxDurationMonths === null ? t('measures.noDuration') : durationLabel(t, basis.maxDurationMonths)}</TableCell>
              <TableCell>{yesNo(t, basis.active)}</TableCell>
              <TableCell>
                <Button appearance="secondary-action-button" onClick={() => onEdit(basis)}>
                  {t('measures.legalBases.edit', { name: basis.name[language] })}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

function LegalBasisForm({ basis, onSaved, onCancel }: { basis: LegalBasisView; onSaved: (basis: LegalBasisView) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [values, setValues] = useState<LegalBasisValues>(() => legalBasisValues(basis));
  const form = useFormSubmission();
  const set = <K extends keyof LegalBasisValues>(name: K, value: LegalBasisValues[K]) => setValues((current) => ({ ...current, [name]: value }));
  const labels = {
    nameNl: t('measures.legalBases.nameNl'),
    nameEn: t('measures.legalBases.nameEn'),
    article: t('measures.legalBases.article'),
    authority: t('measures.legalBases.authority'),
    premisesTypes: t('measures.legalBases.premisesTypes'),
    opinionDays: t('measures.legalBases.opinionDays'),
    graceDays: t('measures.legalBases.graceDays'),
    maxDurationMonths: t('measures.legalBases.maxDurationMonths'),
    explanationNl: t('measures.legalBases.explanationNl'),
    explanationEn: t('measures.legalBases.explanationEn'),
    sortOrder: t('measures.legalBases.sortOrder'),
  };
  const headingId = `${FORM_ID}-heading`;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit(validateLegalBasis(t, values), async () => {
      onSaved(await updateLegalBasis(basis.code, toLegalBasisUpdate(values)));
    });
  };

  return (
    <section aria-labelledby={headingId} className="dwb-section">
      <Heading2 id={headingId} tabIndex={-1}>
        {t('measures.legalBases.editHeading', { name: basis.name[language] })}
      </Heading2>
      <FormErrorSummary formId={FORM_ID} error={form.error} fieldErrors={form.fieldErrors} fields={labels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Fieldset className="dwb-subfieldset">
          <FieldsetLegend>{basis.code}</FieldsetLegend>
          <div className="dwb-form__fields">
            <TextField
              id={fieldId(FORM_ID, 'nameNl')}
              name="nameNl"
              label={labels.nameNl}
              value={values.nameNl}
              onChange={(v) => set('nameNl', v)}
              error={form.fieldErrors.nameNl}
              required
              maxLength={200}
            />
            <TextField
              id={fieldId(FORM_ID, 'nameEn')}
              name="nameEn"
              label={labels.nameEn}
              value={values.nameEn}
              onChange={(v) => set('nameEn', v)}
              error={form.fieldErrors.nameEn}
              required
              maxLength={200}
            />
            <TextField
              id={fieldId(FORM_ID, 'article')}
              name="article"
              label={labels.article}
              value={values.article}
              onChange={(v) => set('article', v)}
              error={form.fieldErrors.article}
              required
              maxLength={300}
            />
            <SelectField
              id={fieldId(FORM_ID, 'authority')}
              name="authority"
              label={labels.authority}
              value={values.authority}
              options={AUTHORITIES.map((authority) => ({ value: authority, label: authorityLabel(t, authority) }))}
              onChange={(v) => set('authority', v)}
              error={form.fieldErrors.authority}
              required
            />
            <CheckboxGroupField
              id={fieldId(FORM_ID, 'premisesTypes')}
              name="premisesTypes"
              legend={labels.premisesTypes}
              values={values.premisesTypes}
              options={PREMISES_TYPES.map((type) => ({ value: type, label: premisesLabel(t, type) }))}
              onChange={(value, checked) =>
                set(
                  'premisesTypes',
                  checked
                    ? [...values.premisesTypes, ...(isOneOf(PREMISES_TYPES, value) ? [value] : [])]
                    : values.premisesTypes.filter((type) => type !== value),
                )
              }
              error={form.fieldErrors.premisesTypes}
            />
            <CheckboxField
              id={fieldId(FORM_ID, 'requiresOpinion')}
              name="requiresOpinion"
              label={t('measures.legalBases.requiresOpinion')}
              checked={values.requiresOpinion}
              onChange={(v) => set('requiresOpinion', v)}
            />
            <TextField
              id={fieldId(FORM_ID, 'opinionDays')}
              name="opinionDays"
              label={labels.opinionDays}
              value={values.opinionDays}
              onChange={(v) => set('opinionDays', v)}
              error={form.fieldErrors.opinionDays}
              inputMode="numeric"
              required
              maxLength={3}
            />
            <TextField
              id={fieldId(FORM_ID, 'graceDays')}
              name="graceDays"
              label={labels.graceDays}
              description={t('measures.legalBases.emptyHint')}
              value={values.graceDays}
              onChange={(v) => set('graceDays', v)}
              error={form.fieldErrors.graceDays}
              inputMode="numeric"
              maxLength={3}
            />
            <TextField
              id={fieldId(FORM_ID, 'maxDurationMonths')}
              name="maxDurationMonths"
              label={labels.maxDurationMonths}
              description={t('measures.legalBases.emptyHint')}
              value={values.maxDurationMonths}
              onChange={(v) => set('maxDurationMonths', v)}
              error={form.fieldErrors.maxDurationMonths}
              inputMode="numeric"
              maxLength={3}
            />
            <TextareaField
              id={fieldId(FORM_ID, 'explanationNl')}
              name="explanationNl"
              label={labels.explanationNl}
              value={values.explanationNl}
              onChange={(v) => set('explanationNl', v)}
              error={form.fieldErrors.explanationNl}
              rows={3}
              maxLength={4000}
            />
            <TextareaField
              id={fieldId(FORM_ID, 'explanationEn')}
              name="explanationEn"
              label={labels.explanationEn}
              value={values.explanationEn}
              onChange={(v) => set('explanationEn', v)}
              error={form.fieldErrors.explanationEn}
              rows={3}
              maxLength={4000}
            />
            <CheckboxField
              id={fieldId(FORM_ID, 'active')}
              name="active"
              label={t('measures.legalBases.activeLabel')}
              checked={values.active}
              onChange={(v) => set('active', v)}
            />
            <TextField
              id={fieldId(FORM_ID, 'sortOrder')}
              name="sortOrder"
              label={labels.sortOrder}
              value={values.sortOrder}
              onChange={(v) => set('sortOrder', v)}
              error={form.fieldErrors.sortOrder}
              inputMode="numeric"
              maxLength={5}
            />
          </div>
        </Fieldset>
        <ButtonGroup>
          <PrimaryActionButton type="submit" busy={form.busy}>
            {t('measures.legalBases.save')}
          </PrimaryActionButton>
          <Button appearance="secondary-action-button" onClick={onCancel}>
            {t('measures.legalBases.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

/** "Grondslagen": the legal bases for measures, each editable by whoever keeps the enforcement policy. */
export function LegalBasesPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const bases = useApiResource((signal) => fetchLegalBases(signal), []);
  const [editing, setEditing] = useState<LegalBasisView | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);

  const onEdit = (basis: LegalBasisView) => {
    setMessage(null);
    setEditing(basis);
    window.setTimeout(() => document.getElementById(`${FORM_ID}-heading`)?.focus(), 0);
  };
  const onSaved = (saved: LegalBasisView) => {
    bases.setData((current) => current?.map((basis) => (basis.code === saved.code ? saved : basis)));
    setEditing(null);
    setMessage(t('measures.legalBases.saved', { name: saved.name[language] }));
    window.setTimeout(() => feedbackRef.current?.focus(), 0);
  };

  return (
    <>
      <PageTitle>{t('measures.legalBases.title')}</PageTitle>
      <Paragraph lead>{t('measures.legalBases.intro')}</Paragraph>
      <div ref={feedbackRef} tabIndex={-1} className="dwb-feedback">
        {message && <StatusMessage>{message}</StatusMessage>}
      </div>
      {bases.loading && !bases.data && <Loading />}
      {bases.error !== null && <ErrorAlert error={bases.error} />}
      {bases.data && <LegalBasesTable items={bases.data} onEdit={onEdit} />}
      {editing && <LegalBasisForm key={editing.code} basis={editing} onSaved={onSaved} onCancel={() => setEditing(null)} />}
    </>
  );
}
