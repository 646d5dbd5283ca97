import {
  Alert,
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
import type { TFunction } from 'i18next';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiResource } from '../../../../api/useApiResource';
import { ConfirmAction } from '../../../../components/ConfirmAction';
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
import {
  createMatrixRow,
  deleteMatrixRow,
  fetchLegalBases,
  fetchMatrix,
  updateMatrixRow,
  type LegalBasisView,
  type MatrixRowView,
  type MatrixView,
} from '../api';
import { drugClassLabel, durationLabel, premisesLabel, quantityBandLabel } from '../labels';
import { EMPTY_MATRIX_ROW, groupMatrix, matrixRowValues, toMatrixRowInput, validateMatrixRow, type MatrixRowValues } from '../policyForms';
import { DRUG_CLASSES, PREMISES_TYPES, QUANTITY_BANDS } from '../vocabulary';

const FORM_ID = 'matrix-row';

function rowLabel(t: TFunction, row: MatrixRowView): string {
  return t('measures.matrix.rowLabel', {
    premises: premisesLabel(t, row.premisesType),
    drugClass: drugClassLabel(t, row.drugClass),
    quantityBand: quantityBandLabel(t, row.quantityBand),
    offence: row.offenceNumber,
  });
}

interface MatrixTablesProps {
  matrix: MatrixView;
  onEdit: (row: MatrixRowView) => void;
  onDelete: (row: MatrixRowView) => Promise<void>;
}

function MatrixTables({ matrix, onEdit, onDelete }: MatrixTablesProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (matrix.items.length === 0) return <Paragraph>{t('measures.matrix.empty')}</Paragraph>;
  return (
    <>
      {groupMatrix(matrix.items).map((group) => {
        const caption = t('measures.matrix.groupCaption', { premises: premisesLabel(t, group.premisesType), drugClass: drugClassLabel(t, group.drugClass) });
        return (
          <TableScroll key={`${group.premisesType}-${group.drugClass}`} label={caption}>
            <Table className="dwb-table">
              <TableCaption className="dwb-table-caption">{caption}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('measures.matrix.quantityBand')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('measures.matrix.offenceNumber')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('measures.matrix.lookback')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('measures.matrix.legalBasis')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('measures.matrix.duration')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('measures.matrix.explanation')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('measures.matrix.active')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('measures.matrix.actions')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {group.rows.map((row) => {
                  const label = rowLabel(t, row);
                  return (
                    <TableRow key={row.id}>
                      <TableHeaderCell scope="row" className="dwb-row-header">
                        {quantityBandLabel(t, row.quantityBand)}
                      </TableHeaderCell>
                      <TableCell>{t('measures.matrix.offenceText', { count: row.offenceNumber })}</TableCell>
                      <TableCell>{t('measures.months', { count: row.lookbackMonths })}</TableCell>
                      <TableCell>{row.legalBasisName}</TableCell>
                      <TableCell>{durationLabel(t, row.durationMonths)}</TableCell>
                      <TableCell>{row.explanation[language] || t('common.none')}</TableCell>
                      <TableCell>{row.active ? t('measures.matrix.active') : t('measures.matrix.inactive')}</TableCell>
                      <TableCell>
                        <div className="dwb-actions dwb-actions--compact">
                          <Button appearance="secondary-action-button" onClick={() => onEdit(row)} aria-label={t('measures.matrix.edit', { row: label })}>
                            {t('measures.matrix.editHeading')}
                          </Button>
                          <ConfirmAction
                            label={t('measures.matrix.remove')}
                            question={t('measures.matrix.removeQuestion', { row: label })}
                            onConfirm={() => onDelete(row)}
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
      })}
    </>
  );
}

interface MatrixRowFormProps {
  row: MatrixRowView | null;
  legalBases: readonly LegalBasisView[];
  onSaved: (row: MatrixRowView) => void;
  onCancel: () => void;
}

function MatrixRowForm({ row, legalBases, onSaved, onCancel }: MatrixRowFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [values, setValues] = useState<MatrixRowValues>(() => (row ? matrixRowValues(row) : EMPTY_MATRIX_ROW));
  const form = useFormSubmission();
  const set = <K extends keyof MatrixRowValues>(name: K, value: MatrixRowValues[K]) => setValues((current) => ({ ...current, [name]: value }));
  const labels = {
    premisesType: t('measures.matrix.premisesType'),
    drugClass: t('measures.matrix.drugClass'),
    quantityBand: t('measures.matrix.quantityBand'),
    offenceNumber: t('measures.matrix.offenceNumberLabel'),
    lookbackMonths: t('measures.matrix.lookbackMonths'),
    legalBasisCode: t('measures.matrix.legalBasis'),
    durationMonths: t('measures.matrix.durationMonths'),
    explanationNl: t('measures.matrix.explanationNl'),
    explanationEn: t('measures.matrix.explanationEn'),
    sortOrder: t('measures.matrix.sortOrder'),
  };
  const headingId = `${FORM_ID}-heading`;
  const heading = row ? t('measures.matrix.editHeading') : t('measures.matrix.addHeading');

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit(validateMatrixRow(t, values), async () => {
      const input = toMatrixRowInput(values);
      onSaved(row ? await updateMatrixRow(row.id, input) : await createMatrixRow(input));
    });
  };

  return (
    <section aria-labelledby={headingId} className="dwb-section">
      <Heading2 id={headingId} tabIndex={-1}>
        {heading}
      </Heading2>
      <FormErrorSummary formId={FORM_ID} error={form.error} fieldErrors={form.fieldErrors} fields={labels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Fieldset className="dwb-subfieldset">
          <FieldsetLegend>{row ? rowLabel(t, row) : heading}</FieldsetLegend>
          <div className="dwb-form__fields">
            <SelectField
              id={fieldId(FORM_ID, 'premisesType')}
              name="premisesType"
              label={labels.premisesType}
              value={values.premisesType}
              emptyOption={t('common.chooseOption')}
              options={PREMISES_TYPES.map((type) => ({ value: type, label: premisesLabel(t, type) }))}
              onChange={(v) => set('premisesType', v)}
              error={form.fieldErrors.premisesType}
              required
            />
            <SelectField
              id={fieldId(FORM_ID, 'drugClass')}
              name="drugClass"
              label={labels.drugClass}
              value={values.drugClass}
              emptyOption={t('common.chooseOption')}
              options={DRUG_CLASSES.map((drugClass) => ({ value: drugClass, label: drugClassLabel(t, drugClass) }))}
              onChange={(v) => set('drugClass', v)}
              error={form.fieldErrors.drugClass}
              required
            />
            <SelectField
              id={fieldId(FORM_ID, 'quantityBand')}
              name="quantityBand"
              label={labels.quantityBand}
              value={values.quantityBand}
              emptyOption={t('common.chooseOption')}
              options={QUANTITY_BANDS.map((band) => ({ value: band, label: quantityBandLabel(t, band) }))}
              onChange={(v) => set('quantityBand', v)}
              error={form.fieldErrors.quantityBand}
              required
            />
            <TextField
              id={fieldId(FORM_ID, 'offenceNumber')}
              name="offenceNumber"
              label={labels.offenceNumber}
              value={values.offenceNumber}
              onChange={(v) => set('offenceNumber', v)}
              error={form.fieldErrors.offenceNumber}
              inputMode="numeric"
              required
              maxLength={1}
            />
            <TextField
              id={fieldId(FORM_ID, 'lookbackMonths')}
              name="lookbackMonths"
              label={labels.lookbackMonths}
              value={values.lookbackMonths}
              onChange={(v) => set('lookbackMonths', v)}
              error={form.fieldErrors.lookbackMonths}
              inputMode="numeric"
              required
              maxLength={3}
            />
            <SelectField
              id={fieldId(FORM_ID, 'legalBasisCode')}
              name="legalBasisCode"
              label={labels.legalBasisCode}
              value={values.legalBasisCode}
              emptyOption={t('common.chooseOption')}
              options={legalBases.map((basis) => ({ value: basis.code, label: basis.name[language] }))}
              onChange={(v) => set('legalBasisCode', v)}
              error={form.fieldErrors.legalBasisCode}
              required
            />
            <TextField
              id={fieldId(FORM_ID, 'durationMonths')}
              name="durationMonths"
              label={labels.durationMonths}
              description={t('measures.matrix.durationHint')}
              value={values.durationMonths}
              onChange={(v) => set('durationMonths', v)}
              error={form.fieldErrors.durationMonths}
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
              label={t('measures.matrix.activeLabel')}
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
            {t('measures.matrix.save')}
          </PrimaryActionButton>
          <Button appearance="secondary-action-button" onClick={onCancel}>
            {t('measures.matrix.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

/** "Escalatiematrix": the matrix as tables per premises type and drug class, with add, edit and delete, and the policy-rule notice. */
export function EscalationMatrixPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const matrix = useApiResource((signal) => fetchMatrix(signal), []);
  const legalBases = useApiResource((signal) => fetchLegalBases(signal), []);
  const [editing, setEditing] = useState<{ row: MatrixRowView | null } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);

  const focusFeedback = () => window.setTimeout(() => feedbackRef.current?.focus(), 0);
  const open = (row: MatrixRowView | null) => {
    setMessage(null);
    setEditing({ row });
    window.setTimeout(() => document.getElementById(`${FORM_ID}-heading`)?.focus(), 0);
  };
  const onSaved = () => {
    setEditing(null);
    setMessage(t('measures.matrix.saved'));
    matrix.reload();
    focusFeedback();
  };
  const onDelete = async (row: MatrixRowView) => {
    setDeleteError(null);
    try {
      await deleteMatrixRow(row.id);
      matrix.setData((current) => (current ? { ...current, items: current.items.filter((item) => item.id !== row.id) } : current));
      setMessage(t('measures.matrix.removed'));
    } catch (error) {
      setDeleteError(error);
    }
    focusFeedback();
  };

  return (
    <>
      <PageTitle>{t('measures.matrix.title')}</PageTitle>
      <Paragraph lead>{t('measures.matrix.intro')}</Paragraph>
      <Alert type="warning">
        <Paragraph>{matrix.data ? matrix.data.notice[language] : t('measures.policyNotice')}</Paragraph>
      </Alert>
      <div ref={feedbackRef} tabIndex={-1} className="dwb-feedback">
        {message && <StatusMessage>{message}</StatusMessage>}
        {deleteError !== null && <ErrorAlert error={deleteError} />}
      </div>
      {(matrix.loading || legalBases.loading) && !matrix.data && <Loading />}
      {matrix.error !== null && <ErrorAlert error={matrix.error} />}
      {legalBases.error !== null && <ErrorAlert error={legalBases.error} />}
      {matrix.data && <MatrixTables matrix={matrix.data} onEdit={(row) => open(row)} onDelete={onDelete} />}
      {!editing && matrix.data && legalBases.data && (
        <Paragraph>
          <Button appearance="secondary-action-button" onClick={() => open(null)}>
            {t('measures.matrix.add')}
          </Button>
        </Paragraph>
      )}
      {editing && legalBases.data && (
        <MatrixRowForm key={editing.row?.id ?? 'new'} row={editing.row} legalBases={legalBases.data} onSaved={onSaved} onCancel={() => setEditing(null)} />
      )}
    </>
  );
}
