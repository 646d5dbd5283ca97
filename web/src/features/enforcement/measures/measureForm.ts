import type { FieldErrors } from '../../../components/fieldErrors';
import { isCalendarDate } from '../../../i18n/format';
import type { InspectionSummary, LegalBasisView, MeasureCreate, ProposalRequest, ProposalView } from './api';
import { DRUG_CLASSES, isOneOf, MEASURE_ORIGINS, PREMISES_TYPES, QUANTITY_BANDS, type MeasureOrigin } from './vocabulary';

/** The new-measure form as the user fills it in (everything as text; parsed on submit). */
export interface MeasureFormValues {
  origin: MeasureOrigin | '';
  inspectionId: string;
  subjectId: string;
  addressLabel: string;
  wijkCode: string;
  premisesType: string;
  drugClass: string;
  quantityBand: string;
  offenceOn: string;
  facts: string;
  addresseeName: string;
  addresseeAddress: string;
  legalBasisCode: string;
  durationMonths: string;
  responsibleUserId: string;
  deviationMotivation: string;
}

export const EMPTY_MEASURE_FORM: MeasureFormValues = {
  origin: '',
  inspectionId: '',
  subjectId: '',
  addressLabel: '',
  wijkCode: '',
  premisesType: '',
  drugClass: '',
  quantityBand: '',
  offenceOn: '',
  facts: '',
  addresseeName: '',
  addresseeAddress: '',
  legalBasisCode: '',
  durationMonths: '',
  responsibleUserId: '',
  deviationMotivation: '',
};

/** The form prefilled from the inspection it is prepared from: origin fixed, address, wijk, date and the finding. */
export function valuesFromInspection(inspection: InspectionSummary): MeasureFormValues {
  return {
    ...EMPTY_MEASURE_FORM,
    origin: 'inspection',
    inspectionId: inspection.id,
    subjectId: inspection.subject?.id ?? '',
    addressLabel: inspection.addressLabel,
    wijkCode: inspection.wijkCode ?? '',
    premisesType: isOneOf(PREMISES_TYPES, inspection.objectType) ? inspection.objectType : '',
    offenceOn: inspection.performedOn ?? '',
    facts: inspection.outcomeNote,
  };
}

/** A whole number of months from 1 to 120, null for empty, undefined when it is not one. */
export function parseMonths(value: string): number | null | undefined {
  const text = value.trim();
  if (text === '') return null;
  if (!/^\d+$/.test(text)) return undefined;
  const months = Number(text);
  return months >= 1 && months <= 120 ? months : undefined;
}

/** What the escalation matrix needs, or null while it is incomplete. */
export function proposalRequestOf(values: MeasureFormValues): ProposalRequest | null {
  const { premisesType, drugClass, quantityBand, offenceOn } = values;
  if (!isOneOf(PREMISES_TYPES, premisesType) || !isOneOf(DRUG_CLASSES, drugClass) || !isOneOf(QUANTITY_BANDS, quantityBand)) return null;
  if (!isCalendarDate(offenceOn)) return null;
  const request: ProposalRequest = { premisesType, drugClass, quantityBand, offenceOn };
  if (values.subjectId) request.subjectId = values.subjectId;
  if (values.addressLabel.trim()) request.addressLabel = values.addressLabel.trim();
  return request;
}

/** The values with the matrix's legal basis and duration filled in, when a row applied. */
export function applyProposal(values: MeasureFormValues, proposal: ProposalView): MeasureFormValues {
  if (!proposal.applicable || proposal.legalBasisCode === null) return values;
  return {
    ...values,
    legalBasisCode: proposal.legalBasisCode,
    durationMonths: proposal.durationMonths === null ? '' : String(proposal.durationMonths),
  };
}

/** Whether the chosen legal basis or duration differs from what the matrix proposed (then a motivation is required). */
export function deviatesFromProposal(values: MeasureFormValues, proposal: ProposalView | null): boolean {
  if (!proposal?.applicable || proposal.legalBasisCode === null) return false;
  if (values.legalBasisCode !== proposal.legalBasisCode) return true;
  const months = parseMonths(values.durationMonths);
  return months !== proposal.durationMonths;
}

export type MeasureFormErrorKey =
  | 'measures.form.errors.address'
  | 'measures.form.errors.offenceOn'
  | 'measures.form.errors.legalBasis'
  | 'measures.form.errors.duration'
  | 'measures.form.errors.deviation'
  | 'measures.form.errors.responsible';

export interface MeasureFormContext {
  proposal: ProposalView | null;
  legalBases: readonly LegalBasisView[];
  /** Today in Amsterdam, YYYY-MM-DD. */
  today: string;
}

/** The server's rules before sending; the server checks them again and answers per field. */
export function validateMeasureForm(
  t: (key: MeasureFormErrorKey | 'measures.form.errors.durationMax', options?: { max: number }) => string,
  values: MeasureFormValues,
  context: MeasureFormContext,
): FieldErrors {
  const errors: FieldErrors = {};
  if (values.origin !== 'inspection' && !values.addressLabel.trim()) errors.addressLabel = t('measures.form.errors.address');
  if (values.offenceOn !== '' && (!isCalendarDate(values.offenceOn) || values.offenceOn > context.today)) {
    errors.offenceOn = t('measures.form.errors.offenceOn');
  }
  const basis = context.legalBases.find((candidate) => candidate.code === values.legalBasisCode);
  if (!basis) errors.legalBasisCode = t('measures.form.errors.legalBasis');
  const months = parseMonths(values.durationMonths);
  if (months === undefined) {
    errors.durationMonths = t('measures.form.errors.duration');
  } else {
    const max = basis?.maxDurationMonths ?? null;
    if (months !== null && max !== null && months > max) errors.durationMonths = t('measures.form.errors.durationMax', { max });
  }
  if (deviatesFromProposal(values, context.proposal) && !values.deviationMotivation.trim()) {
    errors.deviationMotivation = t('measures.form.errors.deviation');
  }
  if (!values.responsibleUserId) errors.responsibleUserId = t('measures.form.errors.responsible');
  return errors;
}

/** The body of POST /enforcement/measures. Empty optional fields are left out; the motivation only when deviating. */
export function toMeasureCreate(values: MeasureFormValues, proposal: ProposalView | null): MeasureCreate {
  if (!isOneOf(MEASURE_ORIGINS, values.origin)) {
    throw new Error('toMeasureCreate needs an origin');
  }
  const months = parseMonths(values.durationMonths);
  const body: MeasureCreate = {
    origin: values.origin,
    legalBasisCode: values.legalBasisCode,
    responsibleUserId: values.responsibleUserId,
    durationMonths: months ?? null,
    facts: values.facts.trim(),
    addresseeName: values.addresseeName.trim(),
    addresseeAddress: values.addresseeAddress.trim(),
  };
  if (values.origin === 'inspection' && values.inspectionId) body.inspectionId = values.inspectionId;
  if (values.subjectId) body.subjectId = values.subjectId;
  if (values.addressLabel.trim()) body.addressLabel = values.addressLabel.trim();
  if (values.wijkCode.trim()) body.wijkCode = values.wijkCode.trim();
  if (isOneOf(PREMISES_TYPES, values.premisesType)) body.premisesType = values.premisesType;
  if (isOneOf(DRUG_CLASSES, values.drugClass)) body.drugClass = values.drugClass;
  if (isOneOf(QUANTITY_BANDS, values.quantityBand)) body.quantityBand = values.quantityBand;
  if (values.offenceOn) body.offenceOn = values.offenceOn;
  if (deviatesFromProposal(values, proposal)) body.deviationMotivation = values.deviationMotivation.trim();
  return body;
}
