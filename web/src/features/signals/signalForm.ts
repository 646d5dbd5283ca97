import type { FieldErrors } from '../../components/fieldErrors';
import { isExistingDate } from './format';
import type { Question, SignalInput } from './api';
import { emptyAnswers, toAnswerBody, validateAnswers, type AnswerFormValues } from './answers';
import { EMPTY_PARTNER_REPORT, toPartnerReport, validatePartnerReport, type PartnerReportValues } from './partnerReport';
import type { ReportChannel } from './vocabulary';

/**
 * "Nieuwe melding" as the form holds it, and the body of POST /signals. Field names are the
 * server's error paths (`location.postcode`, `answers.<key>`, `partnerReport.finds.0.kind`), so
 * the server's `errors[]` show at the fields without translation.
 */
export interface SignalFormValues {
  channel: ReportChannel | '';
  categoryCode: string;
  description: string;
  observedOn: string;
  observedTime: string;
  postcode: string;
  houseNumber: string;
  houseLetter: string;
  houseNumberAddition: string;
  locationText: string;
  answers: AnswerFormValues;
  partner: PartnerReportValues;
}

export const EMPTY_SIGNAL_FORM: SignalFormValues = {
  channel: '',
  categoryCode: '',
  description: '',
  observedOn: '',
  observedTime: '',
  postcode: '',
  houseNumber: '',
  houseLetter: '',
  houseNumberAddition: '',
  locationText: '',
  answers: {},
  partner: EMPTY_PARTNER_REPORT,
};

/** The form fields of the location, by their server path. */
export const LOCATION_FIELDS = {
  postcode: 'location.postcode',
  houseNumber: 'location.houseNumber',
  houseLetter: 'location.houseLetter',
  houseNumberAddition: 'location.houseNumberAddition',
  locationText: 'location.text',
} as const;

export const DESCRIPTION_MIN = 10;
export const DESCRIPTION_MAX = 5000;

const POSTCODE = /^[1-9]\d{3}\s?[a-zA-Z]{2}$/;
const TIME = /^([01]?\d|2[0-3])[:.][0-5]\d$/;

/** Values after choosing another category: its questions start empty, other answers are dropped. */
export function withCategory(values: SignalFormValues, categoryCode: string, questions: readonly Question[]): SignalFormValues {
  return { ...values, categoryCode, answers: emptyAnswers(questions) };
}

function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** The body of POST /signals. */
export function toSignalInput(values: SignalFormValues, questions: readonly Question[]): SignalInput {
  if (!values.channel) {
    throw new Error('toSignalInput needs a channel');
  }
  const houseNumber = values.houseNumber.trim();
  return {
    channel: values.channel,
    categoryCode: values.categoryCode,
    description: values.description.trim(),
    observedOn: textOrNull(values.observedOn),
    observedTime: textOrNull(values.observedTime)?.replace('.', ':') ?? null,
    location: {
      postcode: textOrNull(values.postcode)?.toUpperCase() ?? null,
      houseNumber: houseNumber === '' ? null : /^\d{1,6}$/.test(houseNumber) ? Number(houseNumber) : houseNumber,
      houseLetter: textOrNull(values.houseLetter),
      houseNumberAddition: textOrNull(values.houseNumberAddition),
      text: textOrNull(values.locationText),
    },
    answers: toAnswerBody(questions, values.answers),
    partnerReport: values.channel === 'staff' ? null : toPartnerReport(values.partner),
  };
}

export type SignalValidationKey =
  | 'signals.form.errors.channelRequired'
  | 'signals.form.errors.categoryRequired'
  | 'signals.form.errors.descriptionTooShort'
  | 'signals.form.errors.descriptionTooLong'
  | 'signals.form.errors.dateInvalid'
  | 'signals.form.errors.timeInvalid'
  | 'signals.form.errors.timeWithoutDate'
  | 'signals.form.errors.locationRequired'
  | 'signals.form.errors.postcodeRequired'
  | 'signals.form.errors.postcodeInvalid'
  | 'signals.form.errors.houseNumberRequired'
  | 'signals.form.errors.houseNumberInvalid'
  | 'signals.form.errors.answerRequired'
  | 'signals.form.errors.answerNumber'
  | 'signals.form.errors.referenceRequired'
  | 'signals.form.errors.searchDateInvalid'
  | 'signals.form.errors.kindRequired'
  | 'signals.form.errors.quantityInvalid'
  | 'signals.form.errors.unitRequired'
  | 'signals.form.errors.nameRequired'
  | 'signals.form.errors.dateOfBirthInvalid'
  | 'signals.form.errors.roleRequired';

/** Client-side checks before sending; the server checks everything again (intake.ts). */
export function validateSignal(t: (key: SignalValidationKey) => string, values: SignalFormValues, questions: readonly Question[]): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.channel) {
    errors.channel = t('signals.form.errors.channelRequired');
  }
  if (!values.categoryCode) {
    errors.categoryCode = t('signals.form.errors.categoryRequired');
  }
  const description = values.description.trim();
  if (description.length < DESCRIPTION_MIN) {
    errors.description = t('signals.form.errors.descriptionTooShort');
  } else if (description.length > DESCRIPTION_MAX) {
    errors.description = t('signals.form.errors.descriptionTooLong');
  }
  const observedOn = values.observedOn.trim();
  if (observedOn && !isExistingDate(observedOn)) {
    errors.observedOn = t('signals.form.errors.dateInvalid');
  }
  const observedTime = values.observedTime.trim();
  if (observedTime && !TIME.test(observedTime)) {
    errors.observedTime = t('signals.form.errors.timeInvalid');
  } else if (observedTime && !observedOn) {
    errors.observedOn = t('signals.form.errors.timeWithoutDate');
  }

  const postcode = values.postcode.trim();
  const houseNumber = values.houseNumber.trim();
  if (postcode || houseNumber) {
    if (!postcode) {
      errors[LOCATION_FIELDS.postcode] = t('signals.form.errors.postcodeRequired');
    } else if (!POSTCODE.test(postcode)) {
      errors[LOCATION_FIELDS.postcode] = t('signals.form.errors.postcodeInvalid');
    }
    if (!houseNumber) {
      errors[LOCATION_FIELDS.houseNumber] = t('signals.form.errors.houseNumberRequired');
    } else if (!/^\d{1,5}$/.test(houseNumber) || Number(houseNumber) < 1) {
      errors[LOCATION_FIELDS.houseNumber] = t('signals.form.errors.houseNumberInvalid');
    }
  } else if (!values.locationText.trim()) {
    errors.location = t('signals.form.errors.locationRequired');
  }

  Object.assign(
    errors,
    validateAnswers(questions, values.answers, { required: t('signals.form.errors.answerRequired'), number: t('signals.form.errors.answerNumber') }),
  );
  if (values.channel && values.channel !== 'staff') {
    Object.assign(
      errors,
      validatePartnerReport(values.partner, {
        referenceRequired: t('signals.form.errors.referenceRequired'),
        searchDateInvalid: t('signals.form.errors.searchDateInvalid'),
        kindRequired: t('signals.form.errors.kindRequired'),
        quantityInvalid: t('signals.form.errors.quantityInvalid'),
        unitRequired: t('signals.form.errors.unitRequired'),
        nameRequired: t('signals.form.errors.nameRequired'),
        dateOfBirthInvalid: t('signals.form.errors.dateOfBirthInvalid'),
        roleRequired: t('signals.form.errors.roleRequired'),
      }),
    );
  }
  return errors;
}

/**
 * Server error paths the form shows under another name: a problem with one option of a multiple
 * choice (`answers.smells.1`) belongs to the question, a problem with a whole list of rows
 * (`partnerReport.finds`) to that list.
 */
export function collapseSignalErrors(errors: FieldErrors): FieldErrors {
  const result: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    if (message === undefined) {
      continue;
    }
    const answer = /^(answers\.[^.]+)\.\d+$/.exec(path);
    const field = answer?.[1] ?? path;
    result[field] ??= message;
  }
  return result;
}
