import { Button, ButtonGroup, Fieldset, FieldsetLegend, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId, type FieldErrors } from '../../../../components/fieldErrors';
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { SelectField } from '../../../../components/SelectField';
import { TextareaField } from '../../../../components/TextareaField';
import { TextField } from '../../../../components/TextField';
import { useFormSubmission } from '../../../../components/useFormSubmission';
import { CheckboxField } from '../../../registry/components/CheckboxField';
import { RadioGroupField } from '../../../registry/components/RadioGroupField';
import { APPLICANT_KINDS, FINANCIER_KINDS, INCOMPLETE_REASONS, isOneOf, LEGAL_FORMS, saveQuestionnaire, type BibobDetail } from '../api';
import {
  emptyFinancier,
  emptyFinancing,
  emptyPerson,
  questionnaireValues,
  removeRow,
  toQuestionnaireInput,
  todayInAmsterdam,
  updateRow,
  validateQuestionnaire,
  type ErrorKey,
  type PersonRow,
  type QuestionnaireValues,
} from '../bibobForm';

const FORM_ID = 'bibob-questionnaire';

function focusLater(id: string) {
  window.setTimeout(() => document.getElementById(id)?.focus(), 0);
}

interface PersonRowsProps {
  list: 'control' | 'management';
  rows: PersonRow[];
  errors: FieldErrors;
  onChange: (rows: PersonRow[]) => void;
  onAnnounce: (message: string) => void;
}

/** Persons with control (zeggenschap) or management (leiding): name, role, since. */
function PersonRows({ list, rows, errors, onChange, onAnnounce }: PersonRowsProps) {
  const { t } = useTranslation();
  const id = (name: string) => fieldId(FORM_ID, name);
  const addId = `${FORM_ID}-add-${list}`;
  const add = () => {
    onChange([...rows, emptyPerson()]);
    onAnnounce(t('bibob.rowAdded', { row: t('bibob.person', { index: rows.length + 1 }) }));
    focusLater(id(`${list}.${rows.length}.name`));
  };
  const remove = (index: number) => {
    onChange(removeRow(rows, index));
    onAnnounce(t('bibob.rowRemoved', { row: t('bibob.person', { index: index + 1 }) }));
    focusLater(addId);
  };
  const set = (index: number, name: 'name' | 'role' | 'since', value: string) => onChange(updateRow(rows, index, name, value));
  return (
    <Fieldset className="dwb-subfieldset">
      <FieldsetLegend>{list === 'control' ? t('bibob.controlLegend') : t('bibob.managementLegend')}</FieldsetLegend>
      {rows.length === 0 ? (
        <Paragraph>{t('bibob.noPersons')}</Paragraph>
      ) : (
        <ol className="dwb-signal-rows">
          {rows.map((row, index) => (
            <li key={row.rowId}>
              <Fieldset className="dwb-signal-row">
                <FieldsetLegend>
                  {list === 'control' ? t('bibob.controlLegend') : t('bibob.managementLegend')}: {t('bibob.person', { index: index + 1 })}
                </FieldsetLegend>
                <div className="dwb-form__fields">
                  <TextField
                    id={id(`${list}.${index}.name`)}
                    name={`${list}.${index}.name`}
                    label={t('bibob.personName')}
                    value={row.name}
                    onChange={(value) => set(index, 'name', value)}
                    error={errors[`${list}.${index}.name`]}
                    maxLength={200}
                    autoComplete="off"
                    required
                  />
                  <TextField
                    id={id(`${list}.${index}.role`)}
                    name={`${list}.${index}.role`}
                    label={t('bibob.personRole')}
                    value={row.role}
                    onChange={(value) => set(index, 'role', value)}
                    error={errors[`${list}.${index}.role`]}
                    maxLength={200}
                    required
                  />
                  <TextField
                    id={id(`${list}.${index}.since`)}
                    name={`${list}.${index}.since`}
                    type="date"
                    label={t('bibob.since')}
                    value={row.since}
                    onChange={(value) => set(index, 'since', value)}
                    error={errors[`${list}.${index}.since`]}
                  />
                </div>
                <ButtonGroup>
                  <Button appearance="subtle-button" onClick={() => remove(index)}>
                    {list === 'control' ? t('bibob.removeControl', { index: index + 1 }) : t('bibob.removeManagement', { index: index + 1 })}
                  </Button>
                </ButtonGroup>
              </Fieldset>
            </li>
          ))}
        </ol>
      )}
      <ButtonGroup>
        <Button id={addId} appearance="secondary-action-button" onClick={add}>
          {list === 'control' ? t('bibob.addControl') : t('bibob.addManagement')}
        </Button>
      </ButtonGroup>
    </Fieldset>
  );
}

/** The Bibob questionnaire with repeatable financiers, control, management and financing; or its refusal. */
export function QuestionnaireForm({ screening, onChanged }: { screening: BibobDetail; onChanged: (screening: BibobDetail, message: string) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<QuestionnaireValues>(() => questionnaireValues(screening.questionnaire));
  const [announcement, setAnnouncement] = useState('');
  const form = useFormSubmission();
  const errors = form.fieldErrors;
  const id = (name: string) => fieldId(FORM_ID, name);
  const set = <K extends keyof QuestionnaireValues>(name: K, value: QuestionnaireValues[K]) => setValues((current) => ({ ...current, [name]: value }));
  const msg = (key: ErrorKey) => t(`bibob.errors.${key}`);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit(validateQuestionnaire(values, screening.applicationReceivedOn, todayInAmsterdam(), msg), async () => {
      const updated = await saveQuestionnaire(screening.id, toQuestionnaireInput(values));
      onChanged(updated, t('bibob.questionnaireSaved'));
    });
  };

  const addFinancier = () => {
    set('financiers', [...values.financiers, emptyFinancier()]);
    setAnnouncement(t('bibob.rowAdded', { row: t('bibob.financier', { index: values.financiers.length + 1 }) }));
    focusLater(id(`financiers.${values.financiers.length}.name`));
  };
  const removeFinancier = (index: number) => {
    set('financiers', removeRow(values.financiers, index));
    setAnnouncement(t('bibob.rowRemoved', { row: t('bibob.financier', { index: index + 1 }) }));
    focusLater(`${FORM_ID}-add-financier`);
  };
  const addFinancing = () => {
    set('financing', [...values.financing, emptyFinancing()]);
    setAnnouncement(t('bibob.rowAdded', { row: t('bibob.financing', { index: values.financing.length + 1 }) }));
    focusLater(id(`financing.${values.financing.length}.source`));
  };
  const removeFinancing = (index: number) => {
    set('financing', removeRow(values.financing, index));
    setAnnouncement(t('bibob.rowRemoved', { row: t('bibob.financing', { index: index + 1 }) }));
    focusLater(`${FORM_ID}-add-financing`);
  };

  const labels: Record<string, string> = {
    applicantKind: t('bibob.applicantKindLegend'),
    kvkNumber: t('bibob.kvkNumber'),
    legalForm: t('bibob.legalFormLabel'),
    tradeName: t('bibob.tradeName'),
    address: t('bibob.address'),
    receivedOn: t('bibob.receivedOn'),
    'incomplete.reason': t('bibob.incompleteReason'),
    'incomplete.note': t('bibob.incompleteNote'),
  };
  values.financiers.forEach((_, i) => {
    const row = t('bibob.financier', { index: i + 1 });
    labels[`financiers.${i}.name`] = `${row}: ${t('bibob.financierName')}`;
    labels[`financiers.${i}.amount`] = `${row}: ${t('bibob.amount')}`;
    labels[`financiers.${i}.kind`] = `${row}: ${t('bibob.financierKindLabel')}`;
  });
  for (const list of ['control', 'management'] as const) {
    values[list].forEach((_, i) => {
      const row = `${list === 'control' ? t('bibob.controlLegend') : t('bibob.managementLegend')}: ${t('bibob.person', { index: i + 1 })}`;
      labels[`${list}.${i}.name`] = `${row}: ${t('bibob.personName')}`;
      labels[`${list}.${i}.role`] = `${row}: ${t('bibob.personRole')}`;
      labels[`${list}.${i}.since`] = `${row}: ${t('bibob.since')}`;
    });
  }
  values.financing.forEach((_, i) => {
    const row = t('bibob.financing', { index: i + 1 });
    labels[`financing.${i}.source`] = `${row}: ${t('bibob.source')}`;
    labels[`financing.${i}.amount`] = `${row}: ${t('bibob.amount')}`;
  });

  return (
    <>
      <FormErrorSummary formId={FORM_ID} error={form.error} fieldErrors={form.fieldErrors} fields={labels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Fieldset className="dwb-subfieldset">
          <FieldsetLegend>{t('bibob.applicantLegend')}</FieldsetLegend>
          <div className="dwb-form__fields">
            <RadioGroupField
              id={id('applicantKind')}
              name="applicantKind"
              legend={labels.applicantKind!}
              value={values.applicantKind}
              options={APPLICANT_KINDS.map((kind) => ({ value: kind, label: t(`bibob.applicantKind.${kind}`) }))}
              onChange={(value) => set('applicantKind', isOneOf(APPLICANT_KINDS, value) ? value : '')}
              error={errors.applicantKind}
            />
            <TextField
              id={id('kvkNumber')}
              name="kvkNumber"
              label={labels.kvkNumber!}
              description={t('bibob.kvkHint')}
              value={values.kvkNumber}
              onChange={(value) => set('kvkNumber', value)}
              error={errors.kvkNumber}
              inputMode="numeric"
              maxLength={8}
              autoComplete="off"
            />
            <SelectField
              id={id('legalForm')}
              name="legalForm"
              label={labels.legalForm!}
              value={values.legalForm}
              emptyOption={t('common.chooseOption')}
              options={LEGAL_FORMS.map((form) => ({ value: form, label: t(`bibob.legalForm.${form}`) }))}
              onChange={(value) => set('legalForm', isOneOf(LEGAL_FORMS, value) ? value : '')}
              error={errors.legalForm}
            />
            <TextField
              id={id('tradeName')}
              name="tradeName"
              label={labels.tradeName!}
              value={values.tradeName}
              onChange={(value) => set('tradeName', value)}
              error={errors.tradeName}
              maxLength={200}
            />
            <TextField
              id={id('address')}
              name="address"
              label={labels.address!}
              value={values.address}
              onChange={(value) => set('address', value)}
              error={errors.address}
              maxLength={300}
            />
            <CheckboxField
              id={id('bsnChecked')}
              name="bsnChecked"
              label={t('bibob.bsnChecked')}
              checked={values.bsnChecked}
              onChange={(checked) => set('bsnChecked', checked)}
            />
          </div>
        </Fieldset>

        <Fieldset className="dwb-subfieldset">
          <FieldsetLegend>{t('bibob.financiersLegend')}</FieldsetLegend>
          {values.financiers.length === 0 ? (
            <Paragraph>{t('bibob.noFinanciers')}</Paragraph>
          ) : (
            <ol className="dwb-signal-rows">
              {values.financiers.map((row, index) => (
                <li key={row.rowId}>
                  <Fieldset className="dwb-signal-row">
                    <FieldsetLegend>{t('bibob.financier', { index: index + 1 })}</FieldsetLegend>
                    <div className="dwb-form__fields">
                      <TextField
                        id={id(`financiers.${index}.name`)}
                        name={`financiers.${index}.name`}
                        label={t('bibob.financierName')}
                        value={row.name}
                        onChange={(value) => set('financiers', updateRow(values.financiers, index, 'name', value))}
                        error={errors[`financiers.${index}.name`]}
                        maxLength={200}
                        autoComplete="off"
                        required
                      />
                      <TextField
                        id={id(`financiers.${index}.amount`)}
                        name={`financiers.${index}.amount`}
                        label={t('bibob.amount')}
                        description={t('bibob.amountHint')}
                        value={row.amount}
                        onChange={(value) => set('financiers', updateRow(values.financiers, index, 'amount', value))}
                        error={errors[`financiers.${index}.amount`]}
                        inputMode="decimal"
                        maxLength={20}
                        required
                      />
                      <SelectField
                        id={id(`financiers.${index}.kind`)}
                        name={`financiers.${index}.kind`}
                        label={t('bibob.financierKindLabel')}
                        value={row.kind}
                        emptyOption={t('common.chooseOption')}
                        options={FINANCIER_KINDS.map((kind) => ({ value: kind, label: t(`bibob.financierKind.${kind}`) }))}
                        onChange={(value) => set('financiers', updateRow(values.financiers, index, 'kind', isOneOf(FINANCIER_KINDS, value) ? value : ''))}
                        error={errors[`financiers.${index}.kind`]}
                        required
                      />
                    </div>
                    <ButtonGroup>
                      <Button appearance="subtle-button" onClick={() => removeFinancier(index)}>
                        {t('bibob.removeFinancier', { index: index + 1 })}
                      </Button>
                    </ButtonGroup>
                  </Fieldset>
                </li>
              ))}
            </ol>
          )}
          <ButtonGroup>
            <Button id={`${FORM_ID}-add-financier`} appearance="secondary-action-button" onClick={addFinancier}>
              {t('bibob.addFinancier')}
            </Button>
          </ButtonGroup>
        </Fieldset>

        <PersonRows list="control" rows={values.control} errors={errors} onChange={(rows) => set('control', rows)} onAnnounce={setAnnouncement} />
        <PersonRows list="management" rows={values.management} errors={errors} onChange={(rows) => set('management', rows)} onAnnounce={setAnnouncement} />

        <Fieldset className="dwb-subfieldset">
          <FieldsetLegend>{t('bibob.financingLegend')}</FieldsetLegend>
          {values.financing.length === 0 ? (
            <Paragraph>{t('bibob.noFinancing')}</Paragraph>
          ) : (
            <ol className="dwb-signal-rows">
              {values.financing.map((row, index) => (
                <li key={row.rowId}>
                  <Fieldset className="dwb-signal-row">
                    <FieldsetLegend>{t('bibob.financing', { index: index + 1 })}</FieldsetLegend>
                    <div className="dwb-form__fields">
                      <TextField
                        id={id(`financing.${index}.source`)}
                        name={`financing.${index}.source`}
                        label={t('bibob.source')}
                        value={row.source}
                        onChange={(value) => set('financing', updateRow(values.financing, index, 'source', value))}
                        error={errors[`financing.${index}.source`]}
                        maxLength={200}
                        required
                      />
                      <TextField
                        id={id(`financing.${index}.amount`)}
                        name={`financing.${index}.amount`}
                        label={t('bibob.amount')}
                        description={t('bibob.amountHint')}
                        value={row.amount}
                        onChange={(value) => set('financing', updateRow(values.financing, index, 'amount', value))}
                        error={errors[`financing.${index}.amount`]}
                        inputMode="decimal"
                        maxLength={20}
                        required
                      />
                    </div>
                    <ButtonGroup>
                      <Button appearance="subtle-button" onClick={() => removeFinancing(index)}>
                        {t('bibob.removeFinancing', { index: index + 1 })}
                      </Button>
                    </ButtonGroup>
                  </Fieldset>
                </li>
              ))}
            </ol>
          )}
          <ButtonGroup>
            <Button id={`${FORM_ID}-add-financing`} appearance="secondary-action-button" onClick={addFinancing}>
              {t('bibob.addFinancing')}
            </Button>
          </ButtonGroup>
        </Fieldset>

        <Fieldset className="dwb-subfieldset">
          <FieldsetLegend>{t('bibob.receiptLegend')}</FieldsetLegend>
          <div className="dwb-form__fields">
            <TextField
              id={id('receivedOn')}
              name="receivedOn"
              type="date"
              label={labels.receivedOn!}
              description={t('bibob.dateHint')}
              value={values.receivedOn}
              onChange={(value) => set('receivedOn', value)}
              error={errors.receivedOn}
            />
            <SelectField
              id={id('incomplete.reason')}
              name="incomplete.reason"
              label={labels['incomplete.reason']!}
              value={values.incompleteReason}
              emptyOption={t('bibob.incompleteNone')}
              options={INCOMPLETE_REASONS.map((reason) => ({ value: reason, label: t(`bibob.incomplete.${reason}`) }))}
              onChange={(value) => set('incompleteReason', isOneOf(INCOMPLETE_REASONS, value) ? value : '')}
              error={errors['incomplete.reason']}
            />
            {values.incompleteReason && (
              <TextareaField
                id={id('incomplete.note')}
                name="incomplete.note"
                label={labels['incomplete.note']!}
                value={values.incompleteNote}
                onChange={(value) => set('incompleteNote', value)}
                error={errors['incomplete.note']}
                maxLength={2000}
              />
            )}
          </div>
        </Fieldset>
        <div role="status" className="dwb-status-region">
          {announcement}
        </div>
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('bibob.saveQuestionnaire')}
        </PrimaryActionButton>
      </form>
    </>
  );
}
