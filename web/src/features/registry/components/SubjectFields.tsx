import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { fieldId, type FieldErrors } from '../../../components/fieldErrors';
import { SelectField } from '../../../components/SelectField';
import { TextField, type TextFieldProps } from '../../../components/TextField';
import { isConfidentialityLevel, PREMISES_TYPES, type SubjectKind } from '../../../domain/vocabulary';
import type { AreaView } from '../api';
import { premisesLabel } from '../labels';
import { confidentialityOptions } from '../options';
import { isRequired, subjectFieldLabels, type SubjectField, type SubjectFormValues } from '../subjectForm';
import { TextareaField } from '../../../components/TextareaField';

interface SubjectFieldsProps {
  formId: string;
  kind: SubjectKind;
  values: SubjectFormValues;
  errors: FieldErrors;
  onChange: (name: SubjectField, value: string) => void;
  /** The wijken to choose from for an address. */
  wijken: readonly AreaView[];
  /** Editing: the BSN and IBAN are only known masked, so their fields explain that. */
  masked?: { bsn?: string | null; iban?: string };
}

/** The fields of one kind of subject, then the provenance fields every subject has. */
export function SubjectFields({ formId, kind, values, errors, onChange, wijken, masked }: SubjectFieldsProps) {
  const { t } = useTranslation();
  const labels = subjectFieldLabels(t);
  const text = (name: SubjectField, extra: Partial<TextFieldProps> = {}) => (
    <TextField
      key={name}
      id={fieldId(formId, name)}
      name={name}
      label={labels[name]}
      value={String(values[name])}
      onChange={(value) => onChange(name, value)}
      error={errors[name]}
      required={isRequired(kind, name)}
      autoComplete="off"
      {...extra}
    />
  );
  const textarea = (name: SubjectField) => (
    <TextareaField
      key={name}
      id={fieldId(formId, name)}
      name={name}
      label={labels[name]}
      description={t('registry.form.linesHint')}
      value={String(values[name])}
      onChange={(value) => onChange(name, value)}
      error={errors[name]}
    />
  );
  const date = (name: SubjectField) => text(name, { type: 'date' });
  const code = { spellCheck: false, autoCapitalize: 'characters' };
  const digits = { inputMode: 'numeric' as const, spellCheck: false };

  const fields = () => {
    switch (kind) {
      case 'person':
        return [
          text('givenNames'),
          text('surnamePrefix'),
          text('surname'),
          date('dateOfBirth'),
          text('bsn', {
            ...digits,
            description: masked?.bsn ? `${t('registry.form.bsnHint')} ${t('registry.profile.bsnKeep', { masked: masked.bsn })}` : t('registry.form.bsnHint'),
            maxLength: 11,
          }),
          textarea('aliases'),
        ];
      case 'organisation':
        return [
          text('kvkNumber', { ...digits, description: t('registry.form.kvkHint'), maxLength: 10 }),
          text('establishmentNumber', { ...digits, description: t('registry.form.establishmentHint'), maxLength: 14 }),
          text('name'),
          textarea('tradeNames'),
          text('legalForm'),
          text('sbiCode', { ...digits, description: t('registry.form.sbiHint'), maxLength: 8 }),
          date('registeredOn'),
          date('endedOn'),
        ];
      case 'address':
        return [
          text('postcode', { ...code, description: t('registry.form.postcodeHint'), maxLength: 8 }),
          text('houseNumber', { ...digits, maxLength: 5 }),
          text('houseLetter', { ...code, maxLength: 1 }),
          text('addition', { ...code, maxLength: 4 }),
          text('street'),
          text('place'),
          text('bagId', { ...digits, description: t('registry.form.bagHint'), maxLength: 16 }),
          <SelectField
            key="premisesType"
            id={fieldId(formId, 'premisesType')}
            name="premisesType"
            label={labels.premisesType}
            value={values.premisesType}
            emptyOption={t('common.chooseOption')}
            options={PREMISES_TYPES.map((value) => ({ value, label: premisesLabel(t, value) }))}
            onChange={(value) => onChange('premisesType', value)}
            error={errors.premisesType}
            required
          />,
          <SelectField
            key="wijkCode"
            id={fieldId(formId, 'wijkCode')}
            name="wijkCode"
            label={labels.wijkCode}
            description={t('registry.form.wijkHint')}
            value={values.wijkCode}
            emptyOption={t('registry.form.noWijk')}
            options={wijken.map((wijk) => ({ value: wijk.code, label: `${wijk.name} (${wijk.code})` }))}
            onChange={(value) => onChange('wijkCode', value)}
            error={errors.wijkCode}
          />,
        ];
      case 'vehicle':
        return [
          text('plate', { ...code, description: t('registry.form.plateHint'), maxLength: 10 }),
          text('description', { description: t('registry.form.descriptionHint') }),
        ];
      case 'bank_account':
        return [
          text('iban', {
            ...code,
            description: masked?.iban
              ? `${t('registry.form.ibanHint')} ${t('registry.profile.ibanRetype', { masked: masked.iban })}`
              : t('registry.form.ibanHint'),
            maxLength: 42,
          }),
          text('holderName'),
        ];
    }
  };

  return (
    <>
      <Fieldset className="dwb-subfieldset">
        <FieldsetLegend>{t('registry.form.detailsLegend')}</FieldsetLegend>
        <div className="dwb-form__fields">{fields()}</div>
      </Fieldset>
      <Fieldset className="dwb-subfieldset">
        <FieldsetLegend>{t('registry.form.provenanceLegend')}</FieldsetLegend>
        <div className="dwb-form__fields">
          {text('source', { description: t('registry.form.sourceHint'), maxLength: 200 })}
          {date('sourceDate')}
          <SelectField
            id={fieldId(formId, 'confidentiality')}
            name="confidentiality"
            label={labels.confidentiality}
            value={values.confidentiality}
            options={confidentialityOptions(t)}
            onChange={(value) => onChange('confidentiality', isConfidentialityLevel(value) ? value : 'intern')}
            error={errors.confidentiality}
            required
          />
        </div>
      </Fieldset>
    </>
  );
}
