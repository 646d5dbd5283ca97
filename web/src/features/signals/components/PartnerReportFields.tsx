import { Button, ButtonGroup, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { fieldId, type FieldErrors } from '../../../components/fieldErrors';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import { CheckboxField } from '../../registry/components/CheckboxField';
import { findKindLabel, personRoleLabel, unitLabel } from '../labels';
import {
  emptyFind,
  emptyPerson,
  findField,
  partnerField,
  personField,
  removeRow,
  updateRow,
  type FindRow,
  type PartnerReportValues,
  type PersonRow,
} from '../partnerReport';
import { FIND_KINDS, FIND_UNITS, isOneOf, PERSON_ROLES } from '../vocabulary';

interface PartnerReportFieldsProps {
  formId: string;
  values: PartnerReportValues;
  errors: FieldErrors;
  onChange: (values: PartnerReportValues) => void;
  /** Say what happened (a row added or removed) in the form's status region. */
  onAnnounce: (message: string) => void;
}

function focusLater(id: string) {
  window.setTimeout(() => document.getElementById(id)?.focus(), 0);
}

/** The structured fields of a bestuurlijke rapportage or hennepinformatiebericht, with repeatable finds and persons. */
export function PartnerReportFields({ formId, values, errors, onChange, onAnnounce }: PartnerReportFieldsProps) {
  const { t } = useTranslation();
  const id = (name: string) => fieldId(formId, name);
  const set = <K extends keyof PartnerReportValues>(name: K, value: PartnerReportValues[K]) => onChange({ ...values, [name]: value });

  const addFind = () => {
    const index = values.finds.length;
    set('finds', [...values.finds, emptyFind()]);
    onAnnounce(t('signals.form.rowAdded', { row: t('signals.form.find', { index: index + 1 }) }));
    focusLater(id(findField(index, 'kind')));
  };
  const removeFind = (index: number) => {
    set('finds', removeRow(values.finds, index));
    onAnnounce(t('signals.form.rowRemoved', { row: t('signals.form.find', { index: index + 1 }) }));
    focusLater(`${formId}-add-find`);
  };
  const addPerson = () => {
    const index = values.persons.length;
    set('persons', [...values.persons, emptyPerson()]);
    onAnnounce(t('signals.form.rowAdded', { row: t('signals.form.person', { index: index + 1 }) }));
    focusLater(id(personField(index, 'name')));
  };
  const removePerson = (index: number) => {
    set('persons', removeRow(values.persons, index));
    onAnnounce(t('signals.form.rowRemoved', { row: t('signals.form.person', { index: index + 1 }) }));
    focusLater(`${formId}-add-person`);
  };
  const setFind = <K extends keyof FindRow>(index: number, name: K, value: FindRow[K]) => set('finds', updateRow(values.finds, index, name, value));
  const setPerson = <K extends keyof PersonRow>(index: number, name: K, value: PersonRow[K]) => set('persons', updateRow(values.persons, index, name, value));

  return (
    <Fieldset className="dwb-subfieldset">
      <FieldsetLegend>{t('signals.form.partnerLegend')}</FieldsetLegend>
      <div className="dwb-form__fields">
        <TextField
          id={id(partnerField('reference'))}
          name={partnerField('reference')}
          label={t('signals.form.reference')}
          description={t('signals.form.referenceHint')}
          value={values.reference}
          onChange={(value) => set('reference', value)}
          error={errors[partnerField('reference')]}
          maxLength={100}
          autoComplete="off"
          spellCheck={false}
          required
        />
        <TextField
          id={id(partnerField('searchDate'))}
          name={partnerField('searchDate')}
          type="date"
          label={t('signals.form.searchDate')}
          value={values.searchDate}
          onChange={(value) => set('searchDate', value)}
          error={errors[partnerField('searchDate')]}
          required
        />
        <TextField
          id={id(partnerField('reportingOfficer'))}
          name={partnerField('reportingOfficer')}
          label={t('signals.form.reportingOfficer')}
          value={values.reportingOfficer}
          onChange={(value) => set('reportingOfficer', value)}
          error={errors[partnerField('reportingOfficer')]}
          maxLength={200}
        />
        <CheckboxField
          id={id(partnerField('electricityTheft'))}
          name={partnerField('electricityTheft')}
          label={t('signals.form.electricityTheft')}
          checked={values.electricityTheft}
          onChange={(checked) => set('electricityTheft', checked)}
        />
        <CheckboxField
          id={id(partnerField('dangerousSituation'))}
          name={partnerField('dangerousSituation')}
          label={t('signals.form.dangerousSituation')}
          checked={values.dangerousSituation}
          onChange={(checked) => set('dangerousSituation', checked)}
        />

        <Fieldset className="dwb-subfieldset">
          <FieldsetLegend>{t('signals.form.findsLegend')}</FieldsetLegend>
          {errors['partnerReport.finds'] && <p className="utrecht-form-field-error-message dwb-standalone-error">{errors['partnerReport.finds']}</p>}
          {values.finds.length === 0 ? (
            <Paragraph>{t('signals.form.noFinds')}</Paragraph>
          ) : (
            <ol className="dwb-signal-rows">
              {values.finds.map((row, index) => {
                const legend = t('signals.form.find', { index: index + 1 });
                return (
                  <li key={row.rowId}>
                    <Fieldset className="dwb-signal-row">
                      <FieldsetLegend>{legend}</FieldsetLegend>
                      <div className="dwb-form__fields">
                        <SelectField
                          id={id(findField(index, 'kind'))}
                          name={findField(index, 'kind')}
                          label={t('signals.form.findKind')}
                          value={row.kind}
                          emptyOption={t('common.chooseOption')}
                          options={FIND_KINDS.map((kind) => ({ value: kind, label: findKindLabel(t, kind) }))}
                          onChange={(value) => setFind(index, 'kind', isOneOf(FIND_KINDS, value) ? value : '')}
                          error={errors[findField(index, 'kind')]}
                          required
                        />
                        <TextField
                          id={id(findField(index, 'quantity'))}
                          name={findField(index, 'quantity')}
                          label={t('signals.form.quantity')}
                          description={t('signals.form.quantityHint')}
                          value={row.quantity}
                          onChange={(value) => setFind(index, 'quantity', value)}
                          error={errors[findField(index, 'quantity')]}
                          inputMode="decimal"
                          maxLength={15}
                          required
                        />
                        <SelectField
                          id={id(findField(index, 'unit'))}
                          name={findField(index, 'unit')}
                          label={t('signals.form.unit')}
                          value={row.unit}
                          emptyOption={t('common.chooseOption')}
                          options={FIND_UNITS.map((unit) => ({ value: unit, label: unitLabel(t, unit) }))}
                          onChange={(value) => setFind(index, 'unit', isOneOf(FIND_UNITS, value) ? value : '')}
                          error={errors[findField(index, 'unit')]}
                          required
                        />
                        <TextField
                          id={id(findField(index, 'description'))}
                          name={findField(index, 'description')}
                          label={t('signals.form.findDescription')}
                          value={row.description}
                          onChange={(value) => setFind(index, 'description', value)}
                          error={errors[findField(index, 'description')]}
                          maxLength={500}
                        />
                      </div>
                      <ButtonGroup>
                        <Button appearance="subtle-button" onClick={() => removeFind(index)}>
                          {t('signals.form.removeFind', { index: index + 1 })}
                        </Button>
                      </ButtonGroup>
                    </Fieldset>
                  </li>
                );
              })}
            </ol>
          )}
          <ButtonGroup>
            <Button id={`${formId}-add-find`} appearance="secondary-action-button" onClick={addFind}>
              {t('signals.form.addFind')}
            </Button>
          </ButtonGroup>
        </Fieldset>

        <Fieldset className="dwb-subfieldset">
          <FieldsetLegend>{t('signals.form.personsLegend')}</FieldsetLegend>
          {errors['partnerReport.persons'] && <p className="utrecht-form-field-error-message dwb-standalone-error">{errors['partnerReport.persons']}</p>}
          {values.persons.length === 0 ? (
            <Paragraph>{t('signals.form.noPersons')}</Paragraph>
          ) : (
            <ol className="dwb-signal-rows">
              {values.persons.map((row, index) => (
                <li key={row.rowId}>
                  <Fieldset className="dwb-signal-row">
                    <FieldsetLegend>{t('signals.form.person', { index: index + 1 })}</FieldsetLegend>
                    <div className="dwb-form__fields">
                      <TextField
                        id={id(personField(index, 'name'))}
                        name={personField(index, 'name')}
                        label={t('signals.form.personName')}
                        value={row.name}
                        onChange={(value) => setPerson(index, 'name', value)}
                        error={errors[personField(index, 'name')]}
                        maxLength={200}
                        autoComplete="off"
                        required
                      />
                      <TextField
                        id={id(personField(index, 'dateOfBirth'))}
                        name={personField(index, 'dateOfBirth')}
                        type="date"
                        label={t('signals.form.dateOfBirth')}
                        value={row.dateOfBirth}
                        onChange={(value) => setPerson(index, 'dateOfBirth', value)}
                        error={errors[personField(index, 'dateOfBirth')]}
                      />
                      <SelectField
                        id={id(personField(index, 'role'))}
                        name={personField(index, 'role')}
                        label={t('signals.form.personRole')}
                        value={row.role}
                        emptyOption={t('common.chooseOption')}
                        options={PERSON_ROLES.map((role) => ({ value: role, label: personRoleLabel(t, role) }))}
                        onChange={(value) => setPerson(index, 'role', isOneOf(PERSON_ROLES, value) ? value : '')}
                        error={errors[personField(index, 'role')]}
                        required
                      />
                    </div>
                    <ButtonGroup>
                      <Button appearance="subtle-button" onClick={() => removePerson(index)}>
                        {t('signals.form.removePerson', { index: index + 1 })}
                      </Button>
                    </ButtonGroup>
                  </Fieldset>
                </li>
              ))}
            </ol>
          )}
          <ButtonGroup>
            <Button id={`${formId}-add-person`} appearance="secondary-action-button" onClick={addPerson}>
              {t('signals.form.addPerson')}
            </Button>
          </ButtonGroup>
        </Fieldset>
      </div>
    </Fieldset>
  );
}

/** Labels of the partner report's fields for the error summary, e.g. "Vondst 1, Hoeveelheid". */
export function partnerReportLabels(t: TFunction, values: PartnerReportValues): Record<string, string> {
  const labels: Record<string, string> = {
    [partnerField('reference')]: t('signals.form.reference'),
    [partnerField('searchDate')]: t('signals.form.searchDate'),
    [partnerField('reportingOfficer')]: t('signals.form.reportingOfficer'),
  };
  values.finds.forEach((_, index) => {
    const row = t('signals.form.find', { index: index + 1 });
    labels[findField(index, 'kind')] = t('signals.form.fieldOfRow', { row, field: t('signals.form.findKind') });
    labels[findField(index, 'quantity')] = t('signals.form.fieldOfRow', { row, field: t('signals.form.quantity') });
    labels[findField(index, 'unit')] = t('signals.form.fieldOfRow', { row, field: t('signals.form.unit') });
    labels[findField(index, 'description')] = t('signals.form.fieldOfRow', { row, field: t('signals.form.findDescription') });
  });
  values.persons.forEach((_, index) => {
    const row = t('signals.form.person', { index: index + 1 });
    labels[personField(index, 'name')] = t('signals.form.fieldOfRow', { row, field: t('signals.form.personName') });
    labels[personField(index, 'dateOfBirth')] = t('signals.form.fieldOfRow', { row, field: t('signals.form.dateOfBirth') });
    labels[personField(index, 'role')] = t('signals.form.fieldOfRow', { row, field: t('signals.form.personRole') });
  });
  return labels;
}
