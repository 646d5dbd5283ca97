import type { TFunction } from 'i18next';
import type { FieldErrors } from '../../components/fieldErrors';
import type { ConfidentialityLevel, SubjectKind } from '../../domain/vocabulary';
import { isCalendarDate } from '../../i18n/format';
import type { SubjectDetail, SubjectInput } from './api';

/** Every field of every kind of subject as the form holds it (strings, '' when empty). */
export interface SubjectFormValues {
  kind: SubjectKind | '';
  givenNames: string;
  surnamePrefix: string;
  surname: string;
  dateOfBirth: string;
  bsn: string;
  /** One alias per line. */
  aliases: string;
  kvkNumber: string;
  establishmentNumber: string;
  name: string;
  /** One trade name per line. */
  tradeNames: string;
  legalForm: string;
  sbiCode: string;
  registeredOn: string;
  endedOn: string;
  postcode: string;
  houseNumber: string;
  houseLetter: string;
  addition: string;
  street: string;
  place: string;
  bagId: string;
  premisesType: string;
  wijkCode: string;
  plate: string;
  description: string;
  iban: string;
  holderName: string;
  source: string;
  sourceDate: string;
  confidentiality: ConfidentialityLevel;
}

export type SubjectField = Exclude<keyof SubjectFormValues, 'kind'>;

export const EMPTY_SUBJECT_FORM: SubjectFormValues = {
  kind: '',
  givenNames: '',
  surnamePrefix: '',
  surname: '',
  dateOfBirth: '',
  bsn: '',
  aliases: '',
  kvkNumber: '',
  establishmentNumber: '',
  name: '',
  tradeNames: '',
  legalForm: '',
  sbiCode: '',
  registeredOn: '',
  endedOn: '',
  postcode: '',
  houseNumber: '',
  houseLetter: '',
  addition: '',
  street: '',
  place: '',
  bagId: '',
  premisesType: '',
  wijkCode: '',
  plate: '',
  description: '',
  iban: '',
  holderName: '',
  source: '',
  sourceDate: '',
  confidentiality: 'intern',
};

/** The fields of each kind, in form order (the provenance fields follow for every kind). */
export const KIND_FIELDS: Record<SubjectKind, readonly SubjectField[]> = {
  person: ['givenNames', 'surnamePrefix', 'surname', 'dateOfBirth', 'bsn', 'aliases'],
  organisation: ['kvkNumber', 'establishmentNumber', 'name', 'tradeNames', 'legalForm', 'sbiCode', 'registeredOn', 'endedOn'],
  address: ['postcode', 'houseNumber', 'houseLetter', 'addition', 'street', 'place', 'bagId', 'premisesType', 'wijkCode'],
  vehicle: ['plate', 'description'],
  bank_account: ['iban', 'holderName'],
};

export const PROVENANCE_FIELDS: readonly SubjectField[] = ['source', 'sourceDate', 'confidentiality'];

const REQUIRED: Record<SubjectKind, readonly SubjectField[]> = {
  person: ['surname'],
  organisation: ['kvkNumber', 'name'],
  address: ['postcode', 'houseNumber', 'premisesType'],
  vehicle: ['plate'],
  bank_account: ['iban'],
};

const DATE_FIELDS: readonly SubjectField[] = ['dateOfBirth', 'registeredOn', 'endedOn', 'sourceDate'];

/** Whether a field must be filled in for this kind (for the "required" marking). */
export function isRequired(kind: SubjectKind, field: SubjectField): boolean {
  return field === 'source' || REQUIRED[kind].includes(field);
}

/** Lines of a textarea as a list, without blank lines. */
export function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/**
 * The request body for POST/PUT /registry/subjects. Identifiers go up as typed (trimmed): the
 * server normalises them (spaces in a postcode or IBAN, dashes in a plate) and explains errors.
 * `editing`: an empty BSN or IBAN field is left out, which tells the server to keep the stored one.
 */
export function toSubjectInput(
  kind: SubjectKind,
  values: SubjectFormValues,
  keep: { lat: number | null; lon: number | null } | null = null,
  editing = false,
): SubjectInput {
  const provenance = { source: values.source.trim(), sourceDate: orNull(values.sourceDate), confidentiality: values.confidentiality };
  switch (kind) {
    case 'person':
      return {
        kind,
        givenNames: values.givenNames.trim(),
        surnamePrefix: values.surnamePrefix.trim(),
        surname: values.surname.trim(),
        dateOfBirth: orNull(values.dateOfBirth),
        // When editing, an empty BSN field keeps the stored BSN (the browser only ever sees it masked).
        ...(editing && values.bsn.trim() === '' ? {} : { bsn: orNull(values.bsn) }),
        aliases: lines(values.aliases),
        ...provenance,
      };
    case 'organisation':
      return {
        kind,
        kvkNumber: values.kvkNumber.trim(),
        establishmentNumber: orNull(values.establishmentNumber),
        name: values.name.trim(),
        tradeNames: lines(values.tradeNames),
        legalForm: values.legalForm.trim(),
        sbiCode: orNull(values.sbiCode),
        registeredOn: orNull(values.registeredOn),
        endedOn: orNull(values.endedOn),
        ...provenance,
      };
    case 'address':
      return {
        kind,
        postcode: values.postcode.trim(),
        houseNumber: values.houseNumber.trim(),
        houseLetter: values.houseLetter.trim(),
        addition: values.addition.trim(),
        street: values.street.trim(),
        place: values.place.trim(),
        bagId: orNull(values.bagId),
        premisesType: values.premisesType,
        wijkCode: orNull(values.wijkCode),
        // Coordinates are not in the form; when editing they are sent back unchanged.
        ...(keep ? { lat: keep.lat, lon: keep.lon } : {}),
        ...provenance,
      };
    case 'vehicle':
      return { kind, plate: values.plate.trim(), description: values.description.trim(), ...provenance };
    case 'bank_account':
      // When editing, an empty IBAN field keeps the stored IBAN.
      return { kind, ...(editing && values.iban.trim() === '' ? {} : { iban: values.iban.trim() }), holderName: values.holderName.trim(), ...provenance };
  }
}

/**
 * The form values for editing a subject. The BSN and the IBAN are never sent to the browser in
 * full, so those fields start empty.
 */
export function formValuesOf(subject: SubjectDetail): SubjectFormValues {
  const base: SubjectFormValues = {
    ...EMPTY_SUBJECT_FORM,
    kind: subject.kind,
    source: subject.source,
    sourceDate: subject.sourceDate ?? '',
    confidentiality: subject.confidentiality,
  };
  const facts = subject.facts;
  switch (facts.kind) {
    case 'person':
      return {
        ...base,
        givenNames: facts.givenNames,
        surnamePrefix: facts.surnamePrefix,
        surname: facts.surname,
        dateOfBirth: facts.dateOfBirth ?? '',
        aliases: facts.aliases.join('\n'),
      };
    case 'organisation':
      return {
        ...base,
        kvkNumber: facts.kvkNumber,
        establishmentNumber: facts.establishmentNumber ?? '',
        name: facts.name,
        tradeNames: facts.tradeNames.join('\n'),
        legalForm: facts.legalForm,
        sbiCode: facts.sbiCode ?? '',
        registeredOn: facts.registeredOn ?? '',
        endedOn: facts.endedOn ?? '',
      };
    case 'address':
      return {
        ...base,
        postcode: facts.postcode,
        houseNumber: String(facts.houseNumber),
        houseLetter: facts.houseLetter,
        addition: facts.addition,
        street: facts.street,
        place: facts.place,
        bagId: facts.bagId ?? '',
        premisesType: facts.premisesType,
        // Only a wijk someone chose by hand; one derived from the boundaries is derived again.
        wijkCode: facts.areaSource === 'user' ? (facts.wijkCode ?? '') : '',
      };
    case 'vehicle':
      return { ...base, plate: facts.plate, description: facts.description };
    case 'bank_account':
      return { ...base, holderName: facts.holderName };
  }
}

type ValidationKey = 'registry.form.required' | 'common.dateInvalid';

/** Client-side checks of what the server cannot help with; identifiers are checked by the server. */
export function validateSubject(
  t: (key: ValidationKey) => string,
  kind: SubjectKind,
  values: SubjectFormValues,
  options: { requireIban?: boolean } = {},
): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of [...REQUIRED[kind], 'source' as const]) {
    if (field === 'iban' && options.requireIban === false) {
      continue;
    }
    if (String(values[field]).trim() === '') {
      errors[field] = t('registry.form.required');
    }
  }
  for (const field of DATE_FIELDS) {
    const value = String(values[field]).trim();
    const relevant = field === 'sourceDate' || KIND_FIELDS[kind].includes(field);
    if (relevant && value !== '' && !isCalendarDate(value) && errors[field] === undefined) {
      errors[field] = t('common.dateInvalid');
    }
  }
  return errors;
}

/**
 * Server error paths for list fields name the item (`aliases.2`); show them at the field itself.
 * Other paths are kept as they are.
 */
export function collapseFieldErrors(errors: FieldErrors): FieldErrors {
  const result: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    if (message === undefined) {
      continue;
    }
    const field = path.split('.')[0] ?? path;
    if (result[field] === undefined) {
      result[field] = message;
    }
  }
  return result;
}

/** Labels of every field, for the error summary. */
export function subjectFieldLabels(t: TFunction): Record<SubjectField | 'kind', string> {
  return {
    kind: t('registry.form.kind'),
    givenNames: t('registry.fields.givenNames'),
    surnamePrefix: t('registry.fields.surnamePrefix'),
    surname: t('registry.fields.surname'),
    dateOfBirth: t('registry.fields.dateOfBirth'),
    bsn: t('registry.fields.bsn'),
    aliases: t('registry.fields.aliases'),
    kvkNumber: t('registry.fields.kvkNumber'),
    establishmentNumber: t('registry.fields.establishmentNumber'),
    name: t('registry.fields.name'),
    tradeNames: t('registry.fields.tradeNames'),
    legalForm: t('registry.fields.legalForm'),
    sbiCode: t('registry.fields.sbiCode'),
    registeredOn: t('registry.fields.registeredOn'),
    endedOn: t('registry.fields.endedOn'),
    postcode: t('registry.fields.postcode'),
    houseNumber: t('registry.fields.houseNumber'),
    houseLetter: t('registry.fields.houseLetter'),
    addition: t('registry.fields.addition'),
    street: t('registry.fields.street'),
    place: t('registry.fields.place'),
    bagId: t('registry.fields.bagId'),
    premisesType: t('registry.fields.premisesType'),
    wijkCode: t('registry.fields.wijk'),
    plate: t('registry.fields.plate'),
    description: t('registry.fields.description'),
    iban: t('registry.fields.iban'),
    holderName: t('registry.fields.holderName'),
    source: t('registry.fields.source'),
    sourceDate: t('registry.fields.sourceDate'),
    confidentiality: t('registry.fields.confidentiality'),
  };
}
